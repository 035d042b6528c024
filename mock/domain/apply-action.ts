import { TRANSITIONS } from '../../src/api/contract/rules/request-machine'
import type { User } from '../../src/api/contract/schemas/enterprise'
import type { FileRef } from '../../src/api/contract/schemas/file'
import type {
  RequestAction,
  ServiceRequest,
  TimelineEvent,
} from '../../src/api/contract/schemas/service-request'
import { toIso } from '../clock'

export interface ActionInput {
  note?: string
  attachments?: FileRef[]
  score?: number
  comment?: string
  reasons?: string[]
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
    request.rating = {
      score: input.score,
      ...(input.comment ? { comment: input.comment } : {}),
      ...(input.reasons?.length ? { reasons: [...new Set(input.reasons)] } : {}),
    }
  }
  request.timeline.push(event)
}
