import { callRoute, type RouteInput } from '../http/call-route'

export const getFollowUps = (query: RouteInput<'getFollowUps'>['query'] = {}) =>
  callRoute('getFollowUps', { query })
export const getFollowUp = (id: string) => callRoute('getFollowUp', { id })
export const recordFollowUp = (id: string, body: RouteInput<'recordFollowUp'>['body']) =>
  callRoute('recordFollowUp', { id, body })
export const confirmFollowUp = (id: string, body: RouteInput<'confirmFollowUp'>['body']) =>
  callRoute('confirmFollowUp', { id, body })
