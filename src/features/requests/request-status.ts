import { OPEN_REQUEST_STATUSES } from '@/api/contract/rules/queue-order'
import type { RequestStatus, ServiceRequest } from '@/api/contract/schemas/service-request'

// The words and the state machine are the contract's (one source for the app and the backend); the
// screens read them through this file.
export { ACTION_LABELS, STATUS_LABELS, TIMELINE_LABELS } from '@/api/contract/rules/labels'
export { actionsFor, needsInput } from '@/api/contract/rules/request-machine'

// Statuses in which work is still owed: the contract's, since the backend's queue order ranks by them too.
export const OPEN_STATUSES: readonly RequestStatus[] = OPEN_REQUEST_STATUSES

export const isOpen = (request: Pick<ServiceRequest, 'status'>) => OPEN_STATUSES.includes(request.status)
