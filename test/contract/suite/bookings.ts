import {
  AttendeeBookingListSchema,
  BookingSchema,
  CheckInResultSchema,
  MyBookingListSchema,
  SalonSchema,
} from '../../../src/api/contract/schemas/salon'
import {
  expectConflict,
  expectError,
  expectForbidden,
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import { cst, hoursFromNow, uniqueId } from '../fixtures'
import type { Json } from '../transport'
import type { Actor } from '../world'

import { book, createSalon, type ContractContext } from './context'

export function bookingSuite(ctx: ContractContext): void {
  async function attendees(salonId: string): Promise<Json[]> {
    const res = await ctx.api.as(await ctx.world.admin()).get(`/salons/${salonId}/bookings?limit=100`)
    expectStatus(res, 200)
    return expectShape(AttendeeBookingListSchema, res.body).items
  }

  async function salonOf(who: Actor, salonId: string): Promise<Json> {
    const res = await ctx.api.as(who).get(`/salons/${salonId}`)
    expectStatus(res, 200)
    return res.body
  }

  async function myBooking(who: Actor, bookingId: string): Promise<Json> {
    const res = await ctx.api.as(who).get('/bookings/mine?limit=100')
    expectStatus(res, 200)
    return (res.body.items as Json[]).find((b) => b.id === bookingId)
  }

  describe('POST /salons/:id/bookings', () => {
    test('an owner books: 201 confirmed with a check-in code; booking again → 409; the same key → the same booking', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const idempotencyKey = uniqueId('book')
      const res = await book(ctx, owner, salon.id, idempotencyKey)
      expectStatus(res, 201)
      const booking = expectShape(BookingSchema, res.body)
      expect(booking).toMatchObject({
        salonId: salon.id,
        userId: owner.user.id,
        enterpriseId: owner.enterprise.id,
        status: 'confirmed',
      })
      expect(booking.checkInCode.length).toBeGreaterThanOrEqual(4)
      const retried = await book(ctx, owner, salon.id, idempotencyKey)
      expectStatus(retried, 201)
      expect(retried.body.id).toBe(booking.id)
      expectError(await book(ctx, owner, salon.id, uniqueId('book')), 409, 'CONFLICT')
      expect((await salonOf(owner, salon.id)).bookedCount).toBe(1)
    })

    test('the same Idempotency-Key 10 times at once makes one booking', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const key = uniqueId('book-par')
      const answers = await Promise.all(Array.from({ length: 10 }, () => book(ctx, owner, salon.id, key)))
      for (const res of answers) expectStatus(res, 201)
      expect(new Set(answers.map((r) => r.body.id)).size).toBe(1)
      expect(await salonOf(owner, salon.id)).toMatchObject({ bookedCount: 1, waitlistCount: 0 })
    })

    test('a full salon puts the next bookings on the waitlist, in order', async () => {
      const salon = await createSalon(ctx, { capacity: 1 })
      const [a, b, c] = await ctx.world.owners(3)
      if (!a || !b || !c) throw new Error('three owners needed')
      expect((await book(ctx, a, salon.id)).body.status).toBe('confirmed')
      const second = await book(ctx, b, salon.id)
      const third = await book(ctx, c, salon.id)
      expectStatus(second, 201)
      expectStatus(third, 201)
      expect(second.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
      expect(third.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 })
      expect(await salonOf(a, salon.id)).toMatchObject({ bookedCount: 1, waitlistCount: 2 })
    })

    test('a draft, a cancelled salon, a passed deadline → 409 BOOKING_CLOSED', async () => {
      const owner = await ctx.world.owner()
      const admin = await ctx.world.admin()
      const draft = await createSalon(ctx, {}, false)
      expectError(await book(ctx, owner, draft.id), 409, 'BOOKING_CLOSED')
      const cancelled = await createSalon(ctx)
      expectStatus(
        await ctx.api.as(admin).post(`/salons/${cancelled.id}/cancel`, { reason: '讲者临时有事' }),
        200,
      )
      expectError(await book(ctx, owner, cancelled.id), 409, 'BOOKING_CLOSED')
      const late = await createSalon(ctx, { bookingDeadline: cst(hoursFromNow(-1)) })
      expectError(await book(ctx, owner, late.id), 409, 'BOOKING_CLOSED')
    })

    test('a specialist or an admin → 403; an unknown salon → 404; without a token → 401', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      expectForbidden(await book(ctx, await ctx.world.serviceSpecialistOf(owner), salon.id))
      expectForbidden(await book(ctx, await ctx.world.admin(), salon.id))
      expectNotFound(await book(ctx, owner, 'sal-does-not-exist'))
      expectUnauthenticated(await ctx.api.anonymous().post(`/salons/${salon.id}/bookings`, {}))
    })

    test('100 bookings at once from 12 owners on 5 seats: 5 confirmed, 7 waitlisted, one each', async () => {
      const salon = await createSalon(ctx, { capacity: 5 })
      const owners = await ctx.world.owners(12)
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          book(ctx, owners[i % 12] as Actor, salon.id, uniqueId(`rush-${i}`)),
        ),
      )
      const created = answers.filter((r) => r.status === 201)
      const rejected = answers.filter((r) => r.status !== 201)
      expect(created).toHaveLength(12)
      for (const res of rejected) expectError(res, 409, 'CONFLICT')
      expect(created.filter((r) => r.body.status === 'confirmed')).toHaveLength(5)
      expect(created.filter((r) => r.body.status === 'waitlisted')).toHaveLength(7)
      expect(new Set(created.map((r) => r.body.userId)).size).toBe(12)

      const list = await attendees(salon.id)
      const active = list.filter((b) => b.status === 'confirmed' || b.status === 'waitlisted')
      expect(active.filter((b) => b.status === 'confirmed')).toHaveLength(5)
      const waitlisted = active.filter((b) => b.status === 'waitlisted')
      expect(waitlisted.map((b) => b.waitlistPosition).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7])
      expect(new Set(active.map((b) => b.userId)).size).toBe(active.length)
      expect(await salonOf(owners[0] as Actor, salon.id)).toMatchObject({ bookedCount: 5, waitlistCount: 7 })
    })
  })

  describe('POST /bookings/:id/cancel', () => {
    test('cancelling a confirmed booking promotes the first waitlisted one, who hears booking.updated', async () => {
      const salon = await createSalon(ctx, { capacity: 2 })
      const [a, b, c, d] = await ctx.world.owners(4)
      if (!a || !b || !c || !d) throw new Error('four owners needed')
      const first = await book(ctx, a, salon.id)
      expectStatus(await book(ctx, b, salon.id), 201)
      const third = await book(ctx, c, salon.id)
      const fourth = await book(ctx, d, salon.id)
      expect(third.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
      expect(fourth.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 })

      const tap = await ctx.transport.listen(c.token)
      try {
        const res = await ctx.api.as(a).post(`/bookings/${first.body.id}/cancel`)
        expectStatus(res, 200)
        expect(expectShape(BookingSchema, res.body).status).toBe('cancelled')
        const event = await tap.waitFor(
          (e) => e.type === 'booking.updated' && JSON.stringify(e.data).includes(third.body.id),
        )
        expect(JSON.stringify(event.data)).toContain('confirmed')
      } finally {
        await tap.close()
      }
      expect((await myBooking(c, third.body.id)).status).toBe('confirmed')
      expect(await myBooking(d, fourth.body.id)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
      expect(await salonOf(a, salon.id)).toMatchObject({ bookedCount: 2, waitlistCount: 1 })
    })

    test('cancelling a waitlisted booking promotes nobody and closes the gap', async () => {
      const salon = await createSalon(ctx, { capacity: 1 })
      const [a, b, c] = await ctx.world.owners(3)
      if (!a || !b || !c) throw new Error('three owners needed')
      expectStatus(await book(ctx, a, salon.id), 201)
      const second = await book(ctx, b, salon.id)
      const third = await book(ctx, c, salon.id)
      expectStatus(await ctx.api.as(b).post(`/bookings/${second.body.id}/cancel`), 200)
      expect(await myBooking(c, third.body.id)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 })
      expect(await salonOf(a, salon.id)).toMatchObject({ bookedCount: 1, waitlistCount: 1 })
    })

    test('after cancelling, the owner may book again; cancelling twice → 409', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const booking = await book(ctx, owner, salon.id)
      expectStatus(await ctx.api.as(owner).post(`/bookings/${booking.body.id}/cancel`), 200)
      expectConflict(await ctx.api.as(owner).post(`/bookings/${booking.body.id}/cancel`))
      const again = await book(ctx, owner, salon.id)
      expectStatus(again, 201)
      expect(again.body.status).toBe('confirmed')
    })

    test('another owner → 404; a specialist or an admin → 403; without a token → 401', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const booking = await book(ctx, owner, salon.id)
      const path = `/bookings/${booking.body.id}/cancel`
      expectNotFound(await ctx.api.as(await ctx.world.otherOwnerThan(owner)).post(path))
      expectForbidden(await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).post(path))
      expectForbidden(await ctx.api.as(await ctx.world.admin()).post(path))
      expectUnauthenticated(await ctx.api.anonymous().post(path))
      expectNotFound(await ctx.api.as(owner).post('/bookings/bkg-does-not-exist/cancel'))
      expect((await myBooking(owner, booking.body.id)).status).toBe('confirmed')
    })
  })

  describe('GET /bookings/mine', () => {
    test("an owner's bookings only, each with its salon; ?status= filters", async () => {
      const salon = await createSalon(ctx)
      const [a, b] = await ctx.world.owners(2)
      if (!a || !b) throw new Error('two owners needed')
      const mine = await book(ctx, a, salon.id)
      await book(ctx, b, salon.id)
      const res = await ctx.api.as(a).get('/bookings/mine?limit=100')
      expectStatus(res, 200)
      const list = expectShape(MyBookingListSchema, res.body).items
      expect(list.every((x) => x.userId === a.user.id)).toBe(true)
      const found = list.find((x) => x.id === mine.body.id)
      expect(found?.salon).toMatchObject({ id: salon.id, title: salon.title })
      const confirmed = await ctx.api.as(a).get('/bookings/mine?status=confirmed&limit=100')
      expectStatus(confirmed, 200)
      expect((confirmed.body.items as Json[]).every((x) => x.status === 'confirmed')).toBe(true)
    })

    test('a bad status → 400; a specialist or an admin → 403; without a token → 401', async () => {
      const owner = await ctx.world.owner()
      expectValidation(await ctx.api.as(owner).get('/bookings/mine?status=maybe'), 'status')
      expectForbidden(await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).get('/bookings/mine'))
      expectForbidden(await ctx.api.as(await ctx.world.admin()).get('/bookings/mine'))
      expectUnauthenticated(await ctx.api.anonymous().get('/bookings/mine'))
    })
  })

  describe('GET /salons/:id/bookings and bookings.csv', () => {
    test('an admin gets the attendees with names and enterprises', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const booking = await book(ctx, owner, salon.id)
      const list = await attendees(salon.id)
      expect(list.find((x) => x.id === booking.body.id)).toMatchObject({
        userName: owner.user.name,
        enterpriseName: owner.enterprise.name,
        status: 'confirmed',
      })
    })

    test('the CSV is UTF-8 with a BOM and names the attendee', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      expectStatus(await book(ctx, owner, salon.id), 201)
      const res = await ctx.api.as(await ctx.world.admin()).get(`/salons/${salon.id}/bookings.csv`)
      expectStatus(res, 200)
      expect(res.headers['content-type']).toMatch(/^text\/csv/)
      expect(typeof res.body).toBe('string')
      const csv = res.body as string
      expect(csv.charCodeAt(0)).toBe(0xfeff)
      const lines = csv.slice(1).trim().split(/\r?\n/)
      expect(lines).toHaveLength(2)
      expect(lines[1]).toContain(owner.user.name)
      expect(lines[1]).toContain(owner.enterprise.name)
    })

    test('the CSV is safe to open: 报名时间 in Beijing time to the minute, no cell starting a formula', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const booked = await book(ctx, owner, salon.id)
      expectStatus(booked, 201)
      const res = await ctx.api.as(await ctx.world.admin()).get(`/salons/${salon.id}/bookings.csv`)
      expectStatus(res, 200)
      const [header = [], ...rows] = (res.body as string)
        .slice(1)
        .trim()
        .split(/\r\n/)
        .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replace(/""/g, '"')))
      const column = header.indexOf('报名时间')
      expect(column).toBeGreaterThanOrEqual(0)
      const beijing = new Date(Date.parse(booked.body.createdAt) + 8 * 3600_000).toISOString()
      expect(rows[0]?.[column]).toBe(`${beijing.slice(0, 10)} ${beijing.slice(11, 16)}`)
      expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
    })

    test('an owner → 403; limit 0 → 400; an unknown salon → 404; without a token → 401', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const admin = await ctx.world.admin()
      for (const path of [`/salons/${salon.id}/bookings`, `/salons/${salon.id}/bookings.csv`]) {
        expectForbidden(await ctx.api.as(owner).get(path))
        expectUnauthenticated(await ctx.api.anonymous().get(path))
      }
      expectValidation(await ctx.api.as(admin).get(`/salons/${salon.id}/bookings?limit=0`), 'limit')
      expectNotFound(await ctx.api.as(admin).get('/salons/sal-does-not-exist/bookings'))
      expectNotFound(await ctx.api.as(admin).get('/salons/sal-does-not-exist/bookings.csv'))
    })
  })

  describe('POST /check-ins', () => {
    const checkIn = async (salonId: string, checkInCode: string) =>
      ctx.api.as(await ctx.world.admin()).post('/check-ins', { salonId, checkInCode })

    test('an admin checks a confirmed booking in once at its salon; the second time → 409', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const booking = await book(ctx, owner, salon.id)
      const res = await checkIn(salon.id, booking.body.checkInCode)
      expectStatus(res, 200)
      const result = expectShape(CheckInResultSchema, res.body)
      expect(result.booking).toMatchObject({
        id: booking.body.id,
        status: 'checked_in',
        userName: owner.user.name,
      })
      expect(result.salon.id).toBe(salon.id)
      // When they arrived: the owner's ticket shows it in place of the QR.
      const arrivedAt = result.booking.checkedInAt
      expect(Date.parse(arrivedAt ?? '')).not.toBeNaN()
      expectConflict(await checkIn(salon.id, booking.body.checkInCode))
      expect(await myBooking(owner, booking.body.id)).toMatchObject({
        status: 'checked_in',
        checkedInAt: arrivedAt,
      })
      // A checked-in attendee still holds a seat.
      const admin = await ctx.world.admin()
      expect(expectShape(SalonSchema, await salonOf(admin, salon.id)).bookedCount).toBe(1)
    })

    test('a code of another salon → 400 naming checkInCode, and nothing is written', async () => {
      const [here, there] = [await createSalon(ctx), await createSalon(ctx)]
      const owner = await ctx.world.owner()
      const booking = await book(ctx, owner, there.id)
      const res = await checkIn(here.id, booking.body.checkInCode)
      expectValidation(res, 'checkInCode')
      expect(res.body.error.message).toBe('该签到码不属于本场沙龙')
      expect((await myBooking(owner, booking.body.id)).status).toBe('confirmed')
      expect((await attendees(there.id)).find((b) => b.id === booking.body.id)?.status).toBe('confirmed')
      // At its own salon the same code still checks in.
      expectStatus(await checkIn(there.id, booking.body.checkInCode), 200)
    })

    test('a waitlisted booking cannot check in → 409; an unknown code or salon → 404', async () => {
      const salon = await createSalon(ctx, { capacity: 1 })
      const [a, b] = await ctx.world.owners(2)
      if (!a || !b) throw new Error('two owners needed')
      expectStatus(await book(ctx, a, salon.id), 201)
      const waiting = await book(ctx, b, salon.id)
      expect(waiting.body.status).toBe('waitlisted')
      expectConflict(await checkIn(salon.id, waiting.body.checkInCode))
      expect((await myBooking(b, waiting.body.id)).status).toBe('waitlisted')
      expectNotFound(await checkIn(salon.id, 'ZZZZ9999'))
      expectNotFound(await checkIn('sal-does-not-exist', waiting.body.checkInCode))
    })

    test('a cancelled booking cannot check in → 409', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const booking = await book(ctx, owner, salon.id)
      expectStatus(await ctx.api.as(owner).post(`/bookings/${booking.body.id}/cancel`), 200)
      expectConflict(await checkIn(salon.id, booking.body.checkInCode))
    })

    test('no code or no salon → 400 naming it; an owner → 403; without a token → 401', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const booking = await book(ctx, owner, salon.id)
      const body = { salonId: salon.id, checkInCode: booking.body.checkInCode }
      const admin = await ctx.world.admin()
      expectValidation(await ctx.api.as(admin).post('/check-ins', { salonId: salon.id }), 'checkInCode')
      expectValidation(
        await ctx.api.as(admin).post('/check-ins', { checkInCode: booking.body.checkInCode }),
        'salonId',
      )
      expectForbidden(await ctx.api.as(owner).post('/check-ins', body))
      expectUnauthenticated(await ctx.api.anonymous().post('/check-ins', body))
    })
  })
}
