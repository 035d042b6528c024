import { callRoute, type RouteInput } from '../http/call-route'

// Apart from ./visits.ts: the request form (an owners' subpackage) sends it, and should not carry the
// visit endpoints the field package uses.
export const raiseServiceRequest = (
  enterpriseId: string,
  body: RouteInput<'raiseServiceRequest'>['body'],
  idempotencyKey?: string,
) => callRoute('raiseServiceRequest', { id: enterpriseId, body, idempotencyKey })
