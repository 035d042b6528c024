import { BOOKING_STATUS_LABELS } from '../../src/api/contract/rules/labels'
import { checkSignupAnswers } from '../../src/api/contract/rules/signup-fields'
import { toIso } from '../clock'
import { paginate, RawReply, type Handlers } from '../context'
import { beijingMinute, csvCell } from '../csv'
import { newCheckInCode, nextId, type BookingRow } from '../db'
import { notifyBooking } from '../domain/notices'
import { emitSalonUpdated, promoteWaitlist } from '../domain/salon-events'
import { salonFeedbackSummary } from '../domain/salon-feedback'
import { bookingClosed, conflict, invalidTransition, notFound, validationFailed } from '../errors'
import { attendeeView, bookedCount, bookingView, isActiveBooking, salonBookings, salonBrief } from '../views'

import { visibleSalon } from './salons'

export const bookingHandlers = {
  bookSalon: ({ db, user, id, body, now, emit }) => {
    const salon = db.salons.get(id)
    if (!salon) throw notFound('活动不存在')
    if (salon.status === 'draft') throw bookingClosed('活动尚未开放报名')
    if (salon.status === 'cancelled') throw bookingClosed('活动已取消，无法报名')
    if (now.getTime() > Date.parse(salon.bookingDeadline)) throw bookingClosed('报名已截止')
    if (salonBookings(db, id).some((b) => b.userId === user.id && isActiveBooking(b))) {
      throw conflict('您已报名该活动，无需重复报名')
    }
    // The salon's own sign-up questions, by the rule the booking form runs too.
    const checked = checkSignupAnswers(salon.signupFields, body?.answers)
    if ('errors' in checked) throw validationFailed(checked.errors, '请完善报名信息')
    // Runs without awaiting, so the count and the insert can't interleave with another booking.
    const full = bookedCount(db, id) >= salon.capacity
    const bookingId = nextId(db, 'bkg')
    const booking: BookingRow = {
      id: bookingId,
      salonId: id,
      userId: user.id,
      enterpriseId: user.enterpriseId ?? '',
      status: full ? 'waitlisted' : 'confirmed',
      checkInCode: newCheckInCode(db),
      createdAt: toIso(now),
      order: (db.counters['bookingOrder'] = (db.counters['bookingOrder'] ?? 1000) + 1),
      ...(Object.keys(checked.answers).length ? { answers: checked.answers } : {}),
    }
    db.bookings.set(bookingId, booking)
    const view = bookingView(db, booking)
    emit([user.id], 'booking.updated', view)
    emitSalonUpdated(db, salon, emit)
    if (!full) notifyBooking(db, emit, salon, user.id, 'confirmed', now)
    return view
  },

  cancelBooking: ({ db, user, id, now, emit }) => {
    const booking = db.bookings.get(id)
    if (!booking || booking.userId !== user.id) throw notFound('报名记录不存在')
    if (booking.status === 'cancelled') throw invalidTransition('该报名已取消')
    if (booking.status === 'checked_in') throw invalidTransition('已签到的报名不能取消')
    booking.status = 'cancelled'
    // Declining an offer is cancelling it: only a lapsed offer keeps its deadline (confirm says why).
    delete booking.offerExpiresAt
    const salon = db.salons.get(booking.salonId)
    const view = bookingView(db, booking)
    emit([user.id], 'booking.updated', view)
    if (salon) {
      promoteWaitlist(db, salon, emit, now)
      emitSalonUpdated(db, salon, emit)
    }
    return view
  },

  /** The owner takes the seat offered from the waitlist; a lapsed offer (the sweep ran first) is refused. */
  confirmBookingOffer: ({ db, user, id, emit }) => {
    const booking = db.bookings.get(id)
    if (!booking || booking.userId !== user.id) throw notFound('报名记录不存在')
    if (booking.status === 'cancelled' && booking.offerExpiresAt)
      throw invalidTransition('已超过确认时限，名额已顺延给下一位候补')
    if (booking.status !== 'offered') throw invalidTransition('该报名没有待确认的候补名额')
    booking.status = 'confirmed'
    delete booking.offerExpiresAt
    const view = bookingView(db, booking)
    emit([user.id], 'booking.updated', view)
    const salon = db.salons.get(booking.salonId)
    if (salon) emitSalonUpdated(db, salon, emit)
    return view
  },

  /** Once, by someone who checked in, after the salon ended; everything is checked before writing. */
  submitBookingFeedback: ({ db, user, id, body, now, emit }) => {
    const booking = db.bookings.get(id)
    if (!booking || booking.userId !== user.id) throw notFound('报名记录不存在')
    const salon = db.salons.get(booking.salonId)
    if (!salon) throw notFound('活动不存在')
    if (booking.feedback) throw conflict('您已评价过本场活动，每场只能评价一次')
    if (salon.status === 'cancelled') throw invalidTransition('活动已取消，无法评价')
    if (Date.parse(salon.endAt) > now.getTime()) throw invalidTransition('活动结束后才能评价')
    if (booking.status !== 'checked_in') throw invalidTransition('仅签到参加的报名可以评价')
    booking.feedback = { score: body.score, comment: body.comment, createdAt: toIso(now) }
    const view = bookingView(db, booking)
    emit([user.id], 'booking.updated', view)
    return view
  },

  getSalonFeedback: ({ db, user, id }) => {
    visibleSalon(db, user, id)
    return salonFeedbackSummary(db, id)
  },

  getMyBookings: ({ db, user, query }) => {
    const rows = [...db.bookings.values()]
      .filter((b) => b.userId === user.id && (!query.status || b.status === query.status))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.order - a.order)
    const items = rows.flatMap((b) => {
      const salon = db.salons.get(b.salonId)
      return salon ? [{ ...bookingView(db, b), salon: salonBrief(salon) }] : []
    })
    return paginate(items, query)
  },

  getSalonBookings: ({ db, user, id, query }) => {
    visibleSalon(db, user, id)
    return paginate(
      salonBookings(db, id).map((b) => attendeeView(db, b)),
      query,
    )
  },

  exportSalonBookings: ({ db, user, id }) => {
    const salon = visibleSalon(db, user, id)
    // The salon's sign-up questions follow as columns (an answer may be missing: booked before).
    const asked = salon.signupFields ?? []
    const header = [
      '序号',
      '姓名',
      '企业',
      '状态',
      '候补位次',
      '签到码',
      '报名时间',
      // Marked as typed at booking: 姓名 is also the account's name, two columns before.
      ...asked.map((f) => `${f.label}（报名填写）`),
    ]
    const lines = salonBookings(db, id).map((b, i) => {
      const row = attendeeView(db, b)
      const cells = [
        i + 1,
        row.userName,
        row.enterpriseName,
        BOOKING_STATUS_LABELS[row.status],
        row.waitlistPosition,
        row.checkInCode,
        beijingMinute(row.createdAt),
        ...asked.map((f) => row.answers?.[f.key] ?? ''),
      ]
      return cells.map(csvCell).join(',')
    })
    // The BOM makes Excel read the file as UTF-8 instead of the local code page.
    const csv = '\uFEFF' + [header.map(csvCell).join(','), ...lines].join('\r\n') + '\r\n'
    const filename = encodeURIComponent(`${salon.title}-报名名单.csv`)
    return new RawReply(200, csv, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename*=UTF-8''${filename}`,
    })
  },

  /** Every refusal is decided before anything is written; a code of another salon is a wrong input. */
  checkIn: ({ db, body, now, emit }) => {
    const salon = db.salons.get(body.salonId)
    if (!salon) throw notFound('活动不存在')
    const code = body.checkInCode.toUpperCase()
    const booking = [...db.bookings.values()].find((b) => b.checkInCode === code)
    if (!booking) throw notFound('签到码无效')
    if (booking.salonId !== salon.id) {
      const other = db.salons.get(booking.salonId)
      const where = other ? `该签到码属于「${other.title}」` : '该签到码属于其他沙龙'
      throw validationFailed([{ path: 'checkInCode', message: where }], '该签到码不属于本场沙龙')
    }
    if (salon.status === 'cancelled') throw invalidTransition('活动已取消，无法签到')
    if (booking.status === 'checked_in') throw conflict('已签到过，请勿重复签到')
    if (booking.status === 'waitlisted') throw invalidTransition('候补中，未获得席位，不能签到')
    if (booking.status === 'offered') throw invalidTransition('候补名额尚未确认，请先在我的报名中确认')
    if (booking.status === 'cancelled') throw invalidTransition('该报名已取消，不能签到')
    booking.status = 'checked_in'
    booking.checkedInAt = toIso(now)
    emit([booking.userId], 'booking.updated', bookingView(db, booking))
    return { booking: attendeeView(db, booking), salon: salonBrief(salon) }
  },
} satisfies Pick<
  Handlers,
  | 'bookSalon'
  | 'cancelBooking'
  | 'confirmBookingOffer'
  | 'submitBookingFeedback'
  | 'getSalonFeedback'
  | 'getMyBookings'
  | 'getSalonBookings'
  | 'exportSalonBookings'
  | 'checkIn'
>
