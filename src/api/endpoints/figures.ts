import { callRoute, type RouteInput } from '../http/call-route'

/** The admin's board for a month (this one by default), with the month before beside it. */
export const getBoard = (query: RouteInput<'getBoard'>['query'] = {}) => callRoute('getBoard', { query })
/** A specialist's own figures and place. */
export const getMyFigures = (query: RouteInput<'getMyFigures'>['query'] = {}) =>
  callRoute('getMyFigures', { query })
/** The requests behind a specialist's month (a specialist: only their own). */
export const getFigureCases = (query: RouteInput<'getFigureCases'>['query'] = {}) =>
  callRoute('getFigureCases', { query })
