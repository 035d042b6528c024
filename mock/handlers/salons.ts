import { salonCapacityError, salonTimeErrors } from '../../src/api/contract/rules/salon-times'
import type { User } from '../../src/api/contract/schemas/enterprise'
import { paginate, type Handlers } from '../context'
import { nextId, type Db, type SalonRow } from '../db'
import { notifySalonCancelled, notifySalonChange } from '../domain/notices'
import { emitSalonUpdated, promoteWaitlist } from '../domain/salon-events'
import { SALON_EXTRAS, resolvePoster } from '../domain/salon-poster'
import { conflict, invalidTransition, notFound, validationFailed } from '../errors'
import { bookedCount, bookingView, isActiveBooking, isPublicSalon, salonBookings, salonView } from '../views'

/**
 * Owners and specialists never see drafts, nor a draft cancelled before publishing; they do see a
 * cancelled salon that was public (they may have booked it).
 */
export function visibleSalon(db: Db, user: User, id: string): SalonRow {
  const salon = db.salons.get(id)
  if (!salon || (user.role !== 'admin' && !isPublicSalon(salon))) throw notFound('活动不存在')
  return salon
}

function adminSalon(db: Db, id: string): SalonRow {
  const salon = db.salons.get(id)
  if (!salon) throw notFound('活动不存在')
  return salon
}

export const salonHandlers = {
  getSalons: ({ db, user, query, now }) => {
    const nowMs = now.getTime()
    const rows = [...db.salons.values()]
      .filter((s) =>
        user.role === 'admin' ? !query.status || s.status === query.status : s.status === 'published',
      )
      .filter((s) => !query.industryChain || s.industryChain === query.industryChain)
      .filter((s) => {
        if (query.when === 'upcoming') return Date.parse(s.endAt) >= nowMs
        if (query.when === 'past') return Date.parse(s.endAt) < nowMs
        return true
      })
      .sort((a, b) =>
        query.when === 'upcoming' ? a.startAt.localeCompare(b.startAt) : b.startAt.localeCompare(a.startAt),
      )
    return paginate(
      rows.map((s) => salonView(db, s, user.id)),
      query,
    )
  },

  getSalon: ({ db, user, id }) => salonView(db, visibleSalon(db, user, id), user.id),

  createSalon: ({ db, user, body, emit }) => {
    const errors = salonTimeErrors(body)
    if (errors.length) throw validationFailed(errors)
    const poster = resolvePoster(db, user, body.poster)
    const id = nextId(db, 'sal')
    const salon: SalonRow = { id, ...body, ...(poster ? { poster } : {}), status: 'draft' }
    db.salons.set(id, salon)
    emitSalonUpdated(db, salon, emit)
    return salonView(db, salon, user.id)
  },

  updateSalon: ({ db, user, id, body, now, emit }) => {
    const salon = adminSalon(db, id)
    if (salon.status === 'cancelled') throw invalidTransition('已取消的活动不能修改')
    const next = { ...salon, ...body }
    const errors = salonTimeErrors(next)
    if (errors.length) throw validationFailed(errors)
    const seats = salonCapacityError(next.capacity, bookedCount(db, id))
    if (seats) throw conflict(seats.message)
    const poster = resolvePoster(db, user, body.poster, salon)
    notifySalonChange(db, emit, salon, next, now)
    for (const key of SALON_EXTRAS) delete salon[key]
    Object.assign(salon, body, poster ? { poster } : {})
    promoteWaitlist(db, salon, emit, now)
    emitSalonUpdated(db, salon, emit)
    return salonView(db, salon, user.id)
  },

  publishSalon: ({ db, user, id, emit }) => {
    const salon = adminSalon(db, id)
    if (salon.status !== 'draft')
      throw invalidTransition(salon.status === 'published' ? '活动已发布' : '已取消的活动不能发布')
    salon.status = 'published'
    emitSalonUpdated(db, salon, emit)
    return salonView(db, salon, user.id)
  },

  cancelSalon: ({ db, user, id, body, now, emit }) => {
    const salon = adminSalon(db, id)
    if (salon.status === 'cancelled') throw invalidTransition('活动已取消')
    if (salon.status === 'draft') salon.withdrawnDraft = true
    salon.status = 'cancelled'
    salon.cancelReason = body.reason
    notifySalonCancelled(db, emit, salon, body.reason, now)
    for (const booking of salonBookings(db, id).filter(isActiveBooking)) {
      booking.status = 'cancelled'
      emit([booking.userId], 'booking.updated', bookingView(db, booking))
    }
    emitSalonUpdated(db, salon, emit)
    return salonView(db, salon, user.id)
  },
} satisfies Pick<
  Handlers,
  'getSalons' | 'getSalon' | 'createSalon' | 'updateSalon' | 'publishSalon' | 'cancelSalon'
>
