import type { FieldError, Role } from '../schemas/common'
import type {
  RequestAction,
  RequestActionBody,
  RequestStatus,
  ServiceRequest,
} from '../schemas/service-request'
import { REQUEST_ACTIONS } from '../values'

import { reasonsFor } from './rating'

export interface TransitionRule {
  /** assignee: only the specialist the request is assigned to; owner: an owner of the enterprise. */
  by: 'assignee' | 'owner'
  from: readonly RequestStatus[]
  /** null: the status stays (rating a completed request). */
  to: RequestStatus | null
  /** What the body must carry besides the action; checked by `actionInputErrors`. */
  needs?: 'note' | 'noteOrAttachments' | 'score'
}

/**
 * The request state machine, once: the backend refuses any (action, status) pair not listed here with
 * 409 INVALID_TRANSITION, and the app offers exactly the actions `actionsFor` derives from it.
 */
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

type Actor = { role: Role; id: string }

/**
 * Whether this person is the one the action belongs to. An owner's access to the request (their own
 * enterprise) is checked by whoever loads it; here only the role matters.
 */
export function isActorFor(action: RequestAction, actor: Actor, request: Pick<ServiceRequest, 'assigneeId'>) {
  return TRANSITIONS[action].by === 'owner'
    ? actor.role === 'owner'
    : actor.role === 'specialist' && actor.id === request.assigneeId
}

/** Whether `action` may happen in the request's state; rating is allowed once. */
export function canTransition(request: Pick<ServiceRequest, 'status' | 'rating'>, action: RequestAction) {
  if (!TRANSITIONS[action].from.includes(request.status)) return false
  return !(action === 'rate' && request.rating)
}

/** The actions this person may take now, in the table's order: exactly what the backend accepts. */
export function actionsFor(
  request: Pick<ServiceRequest, 'status' | 'rating' | 'assigneeId'>,
  role: Role,
  userId: string,
): RequestAction[] {
  return REQUEST_ACTIONS.filter(
    (action) => isActorFor(action, { role, id: userId }, request) && canTransition(request, action),
  )
}

/** Whether an action asks for more than a tap (a note, files or stars) before it is sent. */
export const needsInput = (action: RequestAction) => TRANSITIONS[action].needs !== undefined

/**
 * What the body lacks for its action, as the backend reports it (400 VALIDATION_FAILED details) and the
 * action panel shows it before sending. A blank note counts as none.
 */
export function actionInputErrors(body: RequestActionBody): FieldError[] {
  const needs = TRANSITIONS[body.action].needs
  const note = body.note?.trim()
  if (needs === 'note' && !note) {
    return [{ path: 'note', message: body.action === 'cancel' ? '请填写撤销原因' : '请填写说明' }]
  }
  if (needs === 'noteOrAttachments' && !note && !body.attachments?.length) {
    return [{ path: 'note', message: '请填写说明或上传材料' }]
  }
  if (needs === 'score' && body.score === undefined) {
    return [{ path: 'score', message: '请选择满意程度' }]
  }
  if (needs === 'score' && body.score !== undefined && body.reasons?.length) {
    const allowed = reasonsFor(body.score)
    if (body.reasons.some((reason) => !allowed.includes(reason)))
      return [{ path: 'reasons', message: '请从列表中选择原因' }]
  }
  return []
}
