import { callRoute, type RouteInput } from '../http/call-route'

export const getSalons = (query: RouteInput<'getSalons'>['query'] = {}) => callRoute('getSalons', { query })
export const getSalon = (id: string) => callRoute('getSalon', { id })
export const createSalon = (body: RouteInput<'createSalon'>['body'], idempotencyKey?: string) =>
  callRoute('createSalon', { body, idempotencyKey })
export const updateSalon = (id: string, body: RouteInput<'updateSalon'>['body']) =>
  callRoute('updateSalon', { id, body })
export const publishSalon = (id: string) => callRoute('publishSalon', { id })
export const cancelSalon = (id: string, reason: string) => callRoute('cancelSalon', { id, body: { reason } })
export const bookSalon = (id: string, idempotencyKey?: string, body: RouteInput<'bookSalon'>['body'] = {}) =>
  callRoute('bookSalon', { id, body, idempotencyKey })
export const cancelBooking = (id: string) => callRoute('cancelBooking', { id })
export const confirmBookingOffer = (id: string) => callRoute('confirmBookingOffer', { id })
export const submitBookingFeedback = (
  id: string,
  body: RouteInput<'submitBookingFeedback'>['body'],
  idempotencyKey: string,
) => callRoute('submitBookingFeedback', { id, body, idempotencyKey })
export const getSalonFeedback = (id: string) => callRoute('getSalonFeedback', { id })
export const getMyBookings = (query: RouteInput<'getMyBookings'>['query'] = {}) =>
  callRoute('getMyBookings', { query })
export const getSalonBookings = (id: string, query: RouteInput<'getSalonBookings'>['query'] = {}) =>
  callRoute('getSalonBookings', { id, query })
export const exportSalonBookings = (id: string) => callRoute('exportSalonBookings', { id })
/** Checks a code in at the salon the admin is at; another salon's code is refused, nothing written. */
export const checkIn = (salonId: string, checkInCode: string) =>
  callRoute('checkIn', { body: { salonId, checkInCode } })
