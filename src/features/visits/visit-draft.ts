import dayjs from 'dayjs'

import type { FileRef } from '@/api/contract/schemas/file'
import type { ProblemCategory, Visit, VisitMethod, VisitStatus } from '@/api/contract/schemas/visit'
import { PROBLEM_CATEGORIES, VISIT_METHODS, VISIT_STATUSES } from '@/api/contract/values'
import { useDraftStore } from '@/stores/draft-store'
import { useSessionStore } from '@/stores/session-store'
import { randomId } from '@/utils/id'

/**
 * What the visit form keeps in the draft store, so a visit written up in the car survives a restart.
 * The Idempotency-Key changes with every edit: a double tap sends one visit, a changed one a new key.
 */
export interface VisitDraft {
  status: VisitStatus
  /** Local 'YYYY-MM-DDTHH:mm': what the pickers show. */
  at: string
  purpose: string
  method?: VisitMethod
  metWith: string
  notes: string
  photos: FileRef[]
  problems: ProblemDraft[]
  idempotencyKey: string
}
export interface ProblemDraft {
  key: string
  id?: string
  category?: ProblemCategory
  description: string
}

const isString = (value: unknown): value is string => typeof value === 'string'
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T)

/**
 * Whether stored data is a draft this version can read. Checked by hand, not with zod: the field
 * package stays without the validator library (the form's rules come from the contract's functions).
 */
export function isVisitDraft(value: unknown): value is VisitDraft {
  const d = value as Partial<VisitDraft> | undefined
  if (!d || !oneOf(VISIT_STATUSES, d.status) || !isString(d.at) || !isString(d.purpose)) return false
  if (d.method !== undefined && !oneOf(VISIT_METHODS, d.method)) return false
  if (!isString(d.metWith) || !isString(d.notes) || !isString(d.idempotencyKey)) return false
  if (!Array.isArray(d.photos) || !d.photos.every((p) => isString(p?.id) && isString(p?.url))) return false
  return (
    Array.isArray(d.problems) &&
    d.problems.every(
      (p) =>
        isString(p?.key) &&
        isString(p.description) &&
        (p.category === undefined || oneOf(PROBLEM_CATEGORIES, p.category)),
    )
  )
}

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
  const stored = useDraftStore.getState().drafts[key]
  return isVisitDraft(stored) ? stored : undefined
}

export function writeVisitDraft(key: string, draft: Omit<VisitDraft, 'idempotencyKey'>): VisitDraft {
  const saved = { ...draft, idempotencyKey: randomId('vst-') }
  useDraftStore.getState().saveDraft(key, saved)
  return saved
}

export const clearVisitDraft = (key: string) => useDraftStore.getState().clearDraft(key)
