import { callRoute, type RouteInput } from '../http/call-route'

export const getEnterpriseVisits = (id: string, query: RouteInput<'getEnterpriseVisits'>['query'] = {}) =>
  callRoute('getEnterpriseVisits', { id, query })
export const getVisits = (query: RouteInput<'getVisits'>['query'] = {}) => callRoute('getVisits', { query })
export const createVisit = (body: RouteInput<'createVisit'>['body'], idempotencyKey?: string) =>
  callRoute('createVisit', { body, idempotencyKey })
export const updateVisit = (id: string, body: RouteInput<'updateVisit'>['body']) =>
  callRoute('updateVisit', { id, body })
export const getEnterpriseContacts = () => callRoute('getEnterpriseContacts', {})
