// zod/mini, like the field rules this form runs: the classic build would add ~65 KB to the subpackage.
import * as z from 'zod/mini'

import type { FileRef } from '@/api/contract/schemas/file'
import { hasKeys } from '@/api/http/has-keys'
import { FILE_REF_REQUIRED_KEYS } from '@/api/http/route-table'
import { useDraftStore } from '@/stores/draft-store'
import { useSessionStore } from '@/stores/session-store'
import { randomId } from '@/utils/id'
import '@/api/contract/zod-locale'

/**
 * What a request form keeps in the draft store. The Idempotency-Key lives with the draft: a double
 * tap or a retry of the same content sends the same key (one request); any edit gets a new one, so a
 * changed body never collides with an earlier attempt.
 */
export const RequestDraftSchema = z.object({
  values: z.record(z.string(), z.string()),
  // The keys the contract's FileRef requires (generated from it): a stored attachment is one of ours.
  attachments: z.array(z.custom<FileRef>((value) => hasKeys(value, FILE_REF_REQUIRED_KEYS))),
  note: z.string(),
  idempotencyKey: z.string(),
})
export type RequestDraft = z.infer<typeof RequestDraftSchema>

/** Per user as well as per type: on a shared phone one owner never finds another's draft. */
export const requestDraftKey = (typeCode: string) =>
  `request:${useSessionStore.getState().user?.id ?? 'anonymous'}:${typeCode}`

const newKey = () => randomId('req-')

export function emptyDraft(): RequestDraft {
  return { values: {}, attachments: [], note: '', idempotencyKey: newKey() }
}

export function readDraft(typeCode: string): RequestDraft {
  const parsed = RequestDraftSchema.safeParse(useDraftStore.getState().drafts[requestDraftKey(typeCode)])
  return parsed.success ? parsed.data : emptyDraft()
}

export function writeDraft(typeCode: string, draft: Omit<RequestDraft, 'idempotencyKey'>): RequestDraft {
  const saved = { ...draft, idempotencyKey: newKey() }
  useDraftStore.getState().saveDraft(requestDraftKey(typeCode), saved)
  return saved
}

export function clearDraft(typeCode: string): void {
  useDraftStore.getState().clearDraft(requestDraftKey(typeCode))
}
