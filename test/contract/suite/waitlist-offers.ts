import { BookingSchema, SalonSchema } from '../../../src/api/contract/schemas/salon'
import {
  expectError,
  expectForbidden,
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import { cst, hoursFromNow } from '../fixtures'
import type { Json } from '../transport'
import type { Actor } from '../world'

import { book, createSalon, type ContractContext } from './context'

/** Issue 17: a seat freed close to the start is offered to the next in line, who confirms in a window. */
export function waitlistOfferSuite(ctx: ContractContext): void {
  /** A one-seat salon starting in 5 hours (inside the default 24 h), held by `a`, with `b` waiting. */
  async function offerTo(settings: Record<string, unknown> = {}) {
    const salon = await createSalon(ctx, {
      capacity: 1,
      startAt: cst(hoursFromNow(5)),
      endAt: cst(hoursFromNow(7)),
      bookingDeadline: cst(hoursFromNow(4)),
      ...settings,
    })
    const [a, b] = await ctx.world.owners(2)
    if (!a || !b) throw new Error('two owners needed')
    const seat = await book(ctx, a, salon.id)
    const waiting = await book(ctx, b, salon.id)
    expect(waiting.body.status).toBe('waitlisted')
    return { salon, a, b, seat: seat.body as Json, waiting: waiting.body as Json }
  }

  async function mine(who: Actor, salonId: string): Promise<Json> {
    const res = await ctx.api.as(who).get(`/salons/${salonId}`)
    expectStatus(res, 200)
    return expectShape(SalonSchema, res.body).myBooking as Json
  }

  describe('POST /bookings/:id/confirm', () => {
    test('a seat freed within the threshold is offered (offerExpiresAt in 2 h); the owner confirms it', async () => {
      const { salon, a, b, seat, waiting } = await offerTo()
      const before = Date.now()
      expectStatus(await ctx.api.as(a).post(`/bookings/${seat.id}/cancel`), 200)
      const offered = await mine(b, salon.id)
      expect(offered.status).toBe('offered')
      const window = Date.parse(offered.offerExpiresAt) - before
      expect(window).toBeGreaterThan(2 * 3600_000 - 120_000)
      expect(window).toBeLessThanOrEqual(2 * 3600_000 + 120_000)
      const res = await ctx.api.as(b).post(`/bookings/${waiting.id}/confirm`)
      expectStatus(res, 200)
      expect(expectShape(BookingSchema, res.body)).toMatchObject({ id: waiting.id, status: 'confirmed' })
      expect(res.body.offerExpiresAt).toBeUndefined()
      expect((await mine(b, salon.id)).status).toBe('confirmed')
    })

    test('nothing to confirm (a confirmed or waitlisted booking) → 409, and nothing changes', async () => {
      const { salon, a, b, seat, waiting } = await offerTo()
      expectError(await ctx.api.as(a).post(`/bookings/${seat.id}/confirm`), 409, 'INVALID_TRANSITION')
      expectError(await ctx.api.as(b).post(`/bookings/${waiting.id}/confirm`), 409, 'INVALID_TRANSITION')
      expect((await mine(b, salon.id)).status).toBe('waitlisted')
      expect((await mine(a, salon.id)).status).toBe('confirmed')
    })

    test('declining (cancel) an offer passes the seat on', async () => {
      const { salon, a, b, seat, waiting } = await offerTo()
      const [c] = await ctx.world.owners(3).then((all) => all.slice(2))
      if (!c) throw new Error('a third owner needed')
      const third = await book(ctx, c, salon.id)
      expectStatus(await ctx.api.as(a).post(`/bookings/${seat.id}/cancel`), 200)
      expectStatus(await ctx.api.as(b).post(`/bookings/${waiting.id}/cancel`), 200)
      expect(await mine(c, salon.id)).toMatchObject({ id: third.body.id, status: 'offered' })
    })

    test('no token → 401; a specialist or admin → 403; another owner’s booking → 404', async () => {
      const { a, b, seat, waiting } = await offerTo()
      expectStatus(await ctx.api.as(a).post(`/bookings/${seat.id}/cancel`), 200)
      expectUnauthenticated(await ctx.api.anonymous().post(`/bookings/${waiting.id}/confirm`))
      expectForbidden(await ctx.api.as(await ctx.world.admin()).post(`/bookings/${waiting.id}/confirm`))
      expectForbidden(
        await ctx.api.as(await ctx.world.serviceSpecialistOf(b)).post(`/bookings/${waiting.id}/confirm`),
      )
      const stranger = await ctx.world.otherOwnerThan(b)
      expectNotFound(await ctx.api.as(stranger).post(`/bookings/${waiting.id}/confirm`))
      expectNotFound(await ctx.api.as(b).post('/bookings/bkg-does-not-exist/confirm'))
      expect((await mine(b, waiting.salonId)).status).toBe('offered')
    })
  })

  describe('salon offer settings', () => {
    test('offerThresholdHours / offerWindowHours are kept; out of range → 400 naming the field', async () => {
      const admin = await ctx.world.admin()
      const salon = await createSalon(ctx, { offerThresholdHours: 6, offerWindowHours: 1 })
      expect(salon).toMatchObject({ offerThresholdHours: 6, offerWindowHours: 1 })
      const bad = await ctx.api.as(admin).post('/salons', {
        ...(await ctx.api.as(admin).get(`/salons/${salon.id}`)).body,
        offerWindowHours: 0,
      })
      expectValidation(bad, 'offerWindowHours')
      const { a, b, seat } = await offerTo({ offerThresholdHours: 4 })
      // 5 hours ahead is outside a 4-hour threshold: promoted at once, as before.
      expectStatus(await ctx.api.as(a).post(`/bookings/${seat.id}/cancel`), 200)
      expect((await mine(b, seat.salonId)).status).toBe('confirmed')
    })
  })
}
