import dayjs from 'dayjs'
import { z } from 'zod'

import { FileRefSchema } from '@/api/contract/schemas/file'
import {
  ProblemCategorySchema,
  VisitMethodSchema,
  VisitStatusSchema,
  type Visit,
  type VisitStatus,
} from '@/api/contract/schemas/visit'
import { useDraftStore } from '@/stores/draft-store'
import { useSessionStore } from '@/stores/session-store'
import { randomId } from '@/utils/id'

/**
 * What the visit form keeps in the draft store, so a visit written up in the car survives a restart.
 * The Idempotency-Key changes with every edit: a double tap sends one visit, a changed one a new key.
 */
export const VisitDraftSchema = z.object({
  status: VisitStatusSchema,
  /** Local 'YYYY-MM-DDTHH:mm': what the pickers show. */
  at: z.string(),
  purpose: z.string(),
  method: VisitMethodSchema.optional(),
  metWith: z.string(),
  notes: z.string(),
  photos: z.array(FileRefSchema),
  problems: z.array(
    z.object({
      key: z.string(),
      id: z.string().optional(),
      category: ProblemCategorySchema.optional(),
      description: z.string(),
    }),
  ),
  idempotencyKey: z.string(),
})
export type VisitDraft = z.infer<typeof VisitDraftSchema>
export type ProblemDraft = VisitDraft['problems'][number]

export const LOCAL_MINUTE = 'YYYY-MM-DDTHH:mm'

/** Per user, enterprise and visit (or 'new'): two visits never share a draft. */
export const visitDraftKey = (enterpriseId: string, visitId: string | undefined) =>
  `visit:${useSessionStore.getState().user?.id ?? 'anonymous'}:${enterpriseId}:${visitId ?? 'new'}`

export const newProblem = (): ProblemDraft => ({ key: randomId('prb-'), description: '' })

/** A fresh form: a record is for now, a plan for tomorrow at ten. */
export function blankDraft(status: VisitStatus): VisitDraft {
  const at = status === 'done' ? dayjs() : dayjs().add(1, 'day').hour(10).minute(0)
  return {
    status,
    at: at.format(LOCAL_MINUTE),
    purpose: '',
    method: status === 'done' ? 'onsite' : undefined,
    metWith: '',
    notes: '',
    photos: [],
    problems: [],
    idempotencyKey: randomId('vst-'),
  }
}

/** Editing a saved visit; recording a planned one turns it into a record of today. */
export function draftOf(visit: Visit, status: VisitStatus): VisitDraft {
  const recordingPlan = visit.status === 'planned' && status === 'done'
  return {
    status,
    at: (recordingPlan ? dayjs() : dayjs(visit.visitedAt)).format(LOCAL_MINUTE),
    purpose: visit.purpose,
    method: visit.method ?? (status === 'done' ? 'onsite' : undefined),
    metWith: visit.metWith ?? '',
    notes: visit.notes ?? '',
    photos: visit.photos,
    problems: visit.problems.map((p) => ({
      key: p.id,
      id: p.id,
      category: p.category,
      description: p.description,
    })),
    idempotencyKey: randomId('vst-'),
  }
}

export function readVisitDraft(key: string): VisitDraft | undefined {
  const parsed = VisitDraftSchema.safeParse(useDraftStore.getState().drafts[key])
  return parsed.success ? parsed.data : undefined
}

export function writeVisitDraft(key: string, draft: Omit<VisitDraft, 'idempotencyKey'>): VisitDraft {
  const saved = { ...draft, idempotencyKey: randomId('vst-') }
  useDraftStore.getState().saveDraft(key, saved)
  return saved
}

export const clearVisitDraft = (key: string) => useDraftStore.getState().clearDraft(key)
