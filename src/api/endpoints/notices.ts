import { callRoute, type RouteInput } from '../http/call-route'

export const getNotices = (query: RouteInput<'getNotices'>['query'] = {}) =>
  callRoute('getNotices', { query })
export const markNoticeRead = (id: string) => callRoute('markNoticeRead', { id })
export const markAllNoticesRead = () => callRoute('markAllNoticesRead', {})
/** One ask's answers; the key makes a retried post count each accept once. */
export const recordSubscriptions = (
  body: RouteInput<'recordSubscriptions'>['body'],
  idempotencyKey?: string,
) => callRoute('recordSubscriptions', { body, idempotencyKey })
