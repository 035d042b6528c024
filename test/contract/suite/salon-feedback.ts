import { BookingSchema, SalonFeedbackSummarySchema } from '../../../src/api/contract/schemas/salon'
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
import { cst, hoursFromNow, salonEdit, uniqueId } from '../fixtures'
import type { Json } from '../transport'
import type { Actor } from '../world'

import { book, createSalon, type ContractContext } from './context'

/** Issue 17: after the event, attendees who checked in rate it once; the admin sees attendance and feedback. */
export function salonFeedbackSuite(ctx: ContractContext): void {
  /**
   * A salon that is over, made from scratch: two owners book, one is checked in, then the admin moves
   * the times into the past (nothing else can end a salon on a server whose clock the suite can't set).
   */
  async function pastSalon() {
    const admin = await ctx.world.admin()
    const salon = await createSalon(ctx, {
      startAt: cst(hoursFromNow(2)),
      endAt: cst(hoursFromNow(3)),
      bookingDeadline: cst(hoursFromNow(1)),
    })
    const [came, absent] = await ctx.world.owners(2)
    if (!came || !absent) throw new Error('two owners needed')
    const attended = (await book(ctx, came, salon.id)).body as Json
    const missed = (await book(ctx, absent, salon.id)).body as Json
    expectStatus(
      await ctx.api.as(admin).post('/check-ins', { salonId: salon.id, checkInCode: attended.checkInCode }),
      200,
    )
    const moved = await ctx.api.as(admin).put(
      `/salons/${salon.id}`,
      salonEdit(salon, {
        startAt: cst(hoursFromNow(-3)),
        endAt: cst(hoursFromNow(-1)),
        bookingDeadline: cst(hoursFromNow(-4)),
      }),
    )
    expectStatus(moved, 200)
    return { salon, came, absent, attended, missed }
  }

  const rate = (who: Actor, bookingId: string, body: unknown, key = uniqueId('rate')) =>
    ctx.api.as(who).post(`/bookings/${bookingId}/feedback`, body, { idempotencyKey: key })

  describe('POST /bookings/:id/feedback', () => {
    test('an attendee who checked in rates once: 201 with the feedback; the same key replays; again → 409', async () => {
      const { came, attended } = await pastSalon()
      const key = uniqueId('rate')
      const res = await rate(came, attended.id, { score: 4, comment: '收获很大' }, key)
      expectStatus(res, 201)
      expect(expectShape(BookingSchema, res.body).feedback).toMatchObject({ score: 4, comment: '收获很大' })
      expect((await rate(came, attended.id, { score: 4, comment: '收获很大' }, key)).body.id).toBe(
        attended.id,
      )
      const again = await rate(came, attended.id, { score: 2, comment: '再评一次' })
      expectConflict(again)
      expect(again.body.error.message).toMatch(/已评价/)
    })

    test('a score outside 1–5 or a long comment → 400 naming the field; not checked in or not over → 409', async () => {
      const { came, absent, attended, missed } = await pastSalon()
      expectValidation(await rate(came, attended.id, { score: 0 }), 'score')
      expectValidation(await rate(came, attended.id, { score: 3, comment: '长'.repeat(501) }), 'comment')
      expectError(await rate(absent, missed.id, { score: 5 }), 409, 'INVALID_TRANSITION')
      const upcoming = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const booked = (await book(ctx, owner, upcoming.id)).body as Json
      expectError(await rate(owner, booked.id, { score: 5 }), 409, 'INVALID_TRANSITION')
      // Nothing was written by the refusals: the first valid rating is still accepted.
      expectStatus(await rate(came, attended.id, { score: 5 }), 201)
    })

    test('no token → 401; a specialist or admin → 403; another owner’s booking → 404', async () => {
      const { came, attended } = await pastSalon()
      expectUnauthenticated(await ctx.api.anonymous().post(`/bookings/${attended.id}/feedback`, { score: 5 }))
      expectForbidden(await rate(await ctx.world.admin(), attended.id, { score: 5 }))
      expectForbidden(await rate(await ctx.world.serviceSpecialistOf(came), attended.id, { score: 5 }))
      expectNotFound(await rate(await ctx.world.otherOwnerThan(came), attended.id, { score: 5 }))
    })
  })

  describe('GET /salons/:id/feedback', () => {
    test('the admin sees attendance (checked in / seated, 未到) and the feedback', async () => {
      const { salon, came, attended } = await pastSalon()
      expectStatus(await rate(came, attended.id, { score: 4, comment: '希望多些答疑' }), 201)
      const res = await ctx.api.as(await ctx.world.admin()).get(`/salons/${salon.id}/feedback`)
      expectStatus(res, 200)
      expect(expectShape(SalonFeedbackSummarySchema, res.body)).toMatchObject({
        salonId: salon.id,
        seatedCount: 2,
        checkedInCount: 1,
        noShowCount: 1,
        attendanceRate: 0.5,
        feedbackCount: 1,
        averageScore: 4,
        comments: [{ score: 4, comment: '希望多些答疑', enterpriseName: came.enterprise.name }],
      })
    })

    test('no token → 401; an owner or specialist → 403; an unknown salon → 404', async () => {
      const { salon, came } = await pastSalon()
      expectUnauthenticated(await ctx.api.anonymous().get(`/salons/${salon.id}/feedback`))
      expectForbidden(await ctx.api.as(came).get(`/salons/${salon.id}/feedback`))
      expectForbidden(
        await ctx.api.as(await ctx.world.serviceSpecialistOf(came)).get(`/salons/${salon.id}/feedback`),
      )
      expectNotFound(await ctx.api.as(await ctx.world.admin()).get('/salons/sal-does-not-exist/feedback'))
    })
  })
}
