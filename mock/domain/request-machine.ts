import type { User } from '../../src/api/contract/schemas/enterprise'
import type { FileRef } from '../../src/api/contract/schemas/file'
import type {
  RequestAction,
  RequestStatus,
  ServiceRequest,
  TimelineEvent,
} from '../../src/api/contract/schemas/service-request'
import { toIso } from '../clock'

export interface TransitionRule {
  /** assignee: only the specialist the request is assigned to; owner: an owner of the enterprise. */
  by: 'assignee' | 'owner'
  from: readonly RequestStatus[]
  /** null: the status stays (rating a completed request). */
  to: RequestStatus | null
  needs?: 'note' | 'noteOrAttachments' | 'score'
}

/** The contract's table, and nothing else: any other (action, status) pair is 409 INVALID_TRANSITION. */
export const TRANSITIONS: Record<RequestAction, TransitionRule> = {
  accept: { by: 'assignee', from: ['submitted'], to: 'accepted' },
  start: { by: 'assignee', from: ['accepted'], to: 'in_progress' },
  request_materials: { by: 'assignee', from: ['in_progress'], to: 'awaiting_materials', needs: 'note' },
  submit_materials: {
    by: 'owner',
    from: ['awaiting_materials'],
    to: 'in_progress',
    needs: 'noteOrAttachments',
  },
  complete: { by: 'assignee', from: ['in_progress'], to: 'completed', needs: 'note' },
  cancel: {
    by: 'owner',
    from: ['submitted', 'accepted', 'in_progress', 'awaiting_materials'],
    to: 'cancelled',
    needs: 'note',
  },
  rate: { by: 'owner', from: ['completed'], to: null, needs: 'score' },
}

export const STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  in_progress: '办理中',
  awaiting_materials: '待补充材料',
  completed: '已办结',
  cancelled: '已撤销',
}

export const ACTION_LABELS: Record<RequestAction, string> = {
  accept: '受理',
  start: '开始办理',
  request_materials: '要求补充材料',
  submit_materials: '补充材料',
  complete: '办结',
  cancel: '撤销',
  rate: '评价',
}

/** Whether `action` may happen now; rating is allowed once. */
export function canTransition(request: ServiceRequest, action: RequestAction): boolean {
  const rule = TRANSITIONS[action]
  if (!rule.from.includes(request.status)) return false
  return !(action === 'rate' && request.rating)
}

export interface ActionInput {
  note?: string
  attachments?: FileRef[]
  score?: number
  comment?: string
}

/** Applies an already-authorised, already-validated action: status, timestamps, rating and timeline. */
export function applyAction(
  request: ServiceRequest,
  action: RequestAction,
  actor: User,
  input: ActionInput,
  at: Date,
  eventId: string,
): void {
  const rule = TRANSITIONS[action]
  const from = request.status
  const to = rule.to ?? from
  const event: TimelineEvent = {
    id: eventId,
    action,
    actorId: actor.id,
    actorName: actor.name,
    fromStatus: from,
    toStatus: to,
    at: toIso(at),
  }
  const note = action === 'rate' ? input.comment : input.note
  if (note) event.note = note
  if (input.attachments?.length) {
    event.attachments = input.attachments
    if (action === 'submit_materials') request.attachments.push(...input.attachments)
  }
  request.status = to
  request.updatedAt = toIso(at)
  if (to === 'completed' && from !== 'completed') request.completedAt = toIso(at)
  if (action === 'rate' && input.score !== undefined) {
    request.rating = input.comment ? { score: input.score, comment: input.comment } : { score: input.score }
  }
  request.timeline.push(event)
}
