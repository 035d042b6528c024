import { callRoute, type RouteInput } from '../http/call-route'

export const getJourney = (enterpriseId: string) => callRoute('getJourney', { id: enterpriseId })
export const getJourneys = () => callRoute('getJourneys', {})
export const markMilestone = (enterpriseId: string, body: RouteInput<'markMilestone'>['body']) =>
  callRoute('markMilestone', { id: enterpriseId, body })
