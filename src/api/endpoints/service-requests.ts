import { callRoute, type RouteInput } from '../http/call-route'

export const getServiceTypes = () => callRoute('getServiceTypes', {})
export const getServiceRequests = (query: RouteInput<'getServiceRequests'>['query'] = {}) =>
  callRoute('getServiceRequests', { query })
export const createServiceRequest = (
  body: RouteInput<'createServiceRequest'>['body'],
  idempotencyKey?: string,
) => callRoute('createServiceRequest', { body, idempotencyKey })
export const getServiceRequest = (id: string) => callRoute('getServiceRequest', { id })
export const actOnServiceRequest = (
  id: string,
  body: RouteInput<'actOnServiceRequest'>['body'],
  idempotencyKey?: string,
) => callRoute('actOnServiceRequest', { id, body, idempotencyKey })
export const getServiceRequestCounts = () => callRoute('getServiceRequestCounts', {})
