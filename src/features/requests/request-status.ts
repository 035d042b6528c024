import type { RequestStatus, ServiceRequest } from '@/api/contract/schemas/service-request'

// The words and the state machine are the contract's (one source for the app and the backend); the
// screens read them through this file.
export { ACTION_LABELS, STATUS_LABELS, TIMELINE_LABELS } from '@/api/contract/rules/labels'
export { actionsFor, needsInput } from '@/api/contract/rules/request-machine'

/** Statuses in which work is still owed; a due date only matters for these. */
export const OPEN_STATUSES: readonly RequestStatus[] = [
  'submitted',
  'accepted',
  'in_progress',
  'awaiting_materials',
]

export const isOpen = (request: Pick<ServiceRequest, 'status'>) => OPEN_STATUSES.includes(request.status)
