import { SalonListSchema, SalonSchema } from '../../../src/api/contract/schemas/salon'
import {
  expectError,
  expectForbidden,
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import { cst, hoursFromNow, salonBody, salonEdit } from '../fixtures'
import type { Json } from '../transport'
import type { Actor } from '../world'

import { book, createSalon, type ContractContext } from './context'

export function salonSuite(ctx: ContractContext): void {
  async function listSalons(who: Actor, query = ''): Promise<Json[]> {
    const items: Json[] = []
    let cursor: string | null = null
    for (let page = 0; page < 50; page += 1) {
      const params = new URLSearchParams(query)
      params.set('limit', '100')
      if (cursor) params.set('cursor', cursor)
      const res = await ctx.api.as(who).get(`/salons?${params.toString()}`)
      expectStatus(res, 200)
      const list = expectShape(SalonListSchema, res.body)
      items.push(...list.items)
      cursor = list.nextCursor
      if (!cursor) return items
    }
    throw new Error('paging never ended')
  }

  describe('GET /salons', () => {
    test('owners and specialists see published salons only; an admin sees drafts too', async () => {
      const draft = await createSalon(ctx, { title: '草稿沙龙' }, false)
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      for (const who of [owner, specialist]) {
        const items = await listSalons(who)
        expect(items.length).toBeGreaterThan(0)
        expect(items.every((s) => s.status === 'published')).toBe(true)
        expect(items.some((s) => s.id === draft.id)).toBe(false)
      }
      const all = await listSalons(await ctx.world.admin())
      expect(all.some((s) => s.id === draft.id)).toBe(true)
    })

    test('when=upcoming and when=past split on the end time; industryChain filters', async () => {
      const owner = await ctx.world.owner()
      const now = Date.now()
      const upcoming = await listSalons(owner, 'when=upcoming')
      expect(upcoming.every((s) => Date.parse(s.endAt) >= now - 60_000)).toBe(true)
      const past = await listSalons(owner, 'when=past')
      expect(past.every((s) => Date.parse(s.endAt) <= now + 60_000)).toBe(true)
      const chain = await listSalons(owner, 'industryChain=航空航天')
      expect(chain.length).toBeGreaterThan(0)
      expect(chain.every((s) => s.industryChain === '航空航天')).toBe(true)
    })

    test('a bad when, an unknown industry chain, limit 1000 → 400 naming the parameter', async () => {
      const owner = await ctx.world.owner()
      expectValidation(await ctx.api.as(owner).get('/salons?when=soon'), 'when')
      expectValidation(
        await ctx.api.as(owner).get(`/salons?industryChain=${encodeURIComponent('炼金术')}`),
        'industryChain',
      )
      expectValidation(await ctx.api.as(owner).get('/salons?limit=1000'), 'limit')
    })

    test('without a token → 401', async () => {
      expectUnauthenticated(await ctx.api.anonymous().get('/salons'))
    })
  })

  describe('GET /salons/:id', () => {
    test('a published salon for any role; myBooking is the caller’s booking', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      const res = await ctx.api.as(owner).get(`/salons/${salon.id}`)
      expectStatus(res, 200)
      const read = expectShape(SalonSchema, res.body)
      expect(read).toMatchObject({ id: salon.id, status: 'published', bookedCount: 0, waitlistCount: 0 })
      expect(read.myBooking).toBeUndefined()
      const booked = await book(ctx, owner, salon.id)
      expectStatus(booked, 201)
      const mine = await ctx.api.as(owner).get(`/salons/${salon.id}`)
      expect(mine.body.myBooking?.id).toBe(booked.body.id)
      expect(mine.body.bookedCount).toBe(1)
      const other = await ctx.world.otherOwnerThan(owner)
      expect((await ctx.api.as(other).get(`/salons/${salon.id}`)).body.myBooking).toBeUndefined()
      expectStatus(
        await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).get(`/salons/${salon.id}`),
        200,
      )
    })

    test('an unknown id → 404; without a token → 401', async () => {
      const owner = await ctx.world.owner()
      expectNotFound(await ctx.api.as(owner).get('/salons/sal-does-not-exist'))
      const salon = await createSalon(ctx)
      expectUnauthenticated(await ctx.api.anonymous().get(`/salons/${salon.id}`))
    })
  })

  describe('POST /salons', () => {
    test('an admin creates a draft: 201, the fields as sent, nobody booked', async () => {
      const admin = await ctx.world.admin()
      const body = salonBody()
      const res = await ctx.api.as(admin).post('/salons', body)
      expectStatus(res, 201)
      const salon = expectShape(SalonSchema, res.body)
      expect(salon).toMatchObject({
        title: body.title,
        capacity: body.capacity,
        speakers: body.speakers,
        status: 'draft',
        bookedCount: 0,
        waitlistCount: 0,
      })
      expect(Date.parse(salon.startAt)).toBe(Date.parse(body.startAt))
      expect(Date.parse(salon.bookingDeadline)).toBe(Date.parse(body.bookingDeadline))
    })

    test('a missing title, capacity 0, an end before the start, a deadline after the start → 400', async () => {
      const admin = await ctx.world.admin()
      const { title: _title, ...untitled } = salonBody()
      expectValidation(await ctx.api.as(admin).post('/salons', untitled), 'title')
      expectValidation(await ctx.api.as(admin).post('/salons', salonBody({ capacity: 0 })), 'capacity')
      const start = hoursFromNow(100)
      expectValidation(
        await ctx.api.as(admin).post(
          '/salons',
          salonBody({
            startAt: cst(start),
            endAt: cst(hoursFromNow(99)),
            bookingDeadline: cst(hoursFromNow(50)),
          }),
        ),
        'endAt',
      )
      expectValidation(
        await ctx.api.as(admin).post(
          '/salons',
          salonBody({
            startAt: cst(start),
            endAt: cst(hoursFromNow(103)),
            bookingDeadline: cst(hoursFromNow(101)),
          }),
        ),
        'bookingDeadline',
      )
      expectValidation(await ctx.api.as(admin).post('/salons', salonBody({ startAt: '下周三' })), 'startAt')
    })

    test('an owner or a specialist → 403; without a token → 401', async () => {
      const owner = await ctx.world.owner()
      expectForbidden(await ctx.api.as(owner).post('/salons', salonBody()))
      expectForbidden(
        await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).post('/salons', salonBody()),
      )
      expectUnauthenticated(await ctx.api.anonymous().post('/salons', salonBody()))
    })
  })

  describe('PUT /salons/:id', () => {
    test('an admin changes some fields; the rest stays', async () => {
      const salon = await createSalon(ctx, {}, false)
      const admin = await ctx.world.admin()
      const res = await ctx.api
        .as(admin)
        .put(`/salons/${salon.id}`, salonEdit(salon, { title: '改名后的沙龙', capacity: 30 }))
      expectStatus(res, 200)
      const updated = expectShape(SalonSchema, res.body)
      expect(updated).toMatchObject({
        id: salon.id,
        title: '改名后的沙龙',
        capacity: 30,
        location: salon.location,
      })
      expect((await ctx.api.as(admin).get(`/salons/${salon.id}`)).body.title).toBe('改名后的沙龙')
    })

    test('capacity -1 → 400; an owner → 403; an unknown id → 404; without a token → 401', async () => {
      const salon = await createSalon(ctx)
      const admin = await ctx.world.admin()
      const owner = await ctx.world.owner()
      const edit = (overrides: Record<string, unknown>) => salonEdit(salon, overrides)
      expectValidation(await ctx.api.as(admin).put(`/salons/${salon.id}`, edit({ capacity: -1 })), 'capacity')
      expectForbidden(await ctx.api.as(owner).put(`/salons/${salon.id}`, edit({ title: '企业主改名' })))
      expectNotFound(
        await ctx.api.as(admin).put('/salons/sal-does-not-exist', edit({ title: '不存在的沙龙' })),
      )
      expectUnauthenticated(await ctx.api.anonymous().put(`/salons/${salon.id}`, edit({ title: '匿名改名' })))
    })

    test('a partial body (PATCH-style) → 400 naming the missing field, and nothing changes', async () => {
      const salon = await createSalon(ctx)
      const admin = await ctx.world.admin()
      expectValidation(await ctx.api.as(admin).put(`/salons/${salon.id}`, { title: '只改标题' }), 'location')
      expect((await ctx.api.as(admin).get(`/salons/${salon.id}`)).body.title).toBe(salon.title)
    })
  })

  describe('POST /salons/:id/publish', () => {
    test('publishing makes a draft visible to owners', async () => {
      const draft = await createSalon(ctx, {}, false)
      const admin = await ctx.world.admin()
      const owner = await ctx.world.owner()
      const res = await ctx.api.as(admin).post(`/salons/${draft.id}/publish`)
      expectStatus(res, 200)
      expect(expectShape(SalonSchema, res.body).status).toBe('published')
      expect((await listSalons(owner)).some((s) => s.id === draft.id)).toBe(true)
    })

    test('an owner → 403; an unknown id → 404; without a token → 401', async () => {
      const draft = await createSalon(ctx, {}, false)
      expectForbidden(await ctx.api.as(await ctx.world.owner()).post(`/salons/${draft.id}/publish`))
      expectNotFound(await ctx.api.as(await ctx.world.admin()).post('/salons/sal-does-not-exist/publish'))
      expectUnauthenticated(await ctx.api.anonymous().post(`/salons/${draft.id}/publish`))
    })
  })

  describe('POST /salons/:id/cancel', () => {
    test('cancelling with a reason cancels the salon and its bookings; booking it then → 409 BOOKING_CLOSED', async () => {
      const salon = await createSalon(ctx)
      const [a, b] = await ctx.world.owners(2)
      if (!a || !b) throw new Error('two owners needed')
      const booking = await book(ctx, a, salon.id)
      expectStatus(booking, 201)
      const admin = await ctx.world.admin()
      const res = await ctx.api.as(admin).post(`/salons/${salon.id}/cancel`, { reason: '场地临时检修' })
      expectStatus(res, 200)
      const cancelled = expectShape(SalonSchema, res.body)
      expect(cancelled.status).toBe('cancelled')
      expect(cancelled.bookedCount).toBe(0)
      const mine = await ctx.api.as(a).get('/bookings/mine?limit=100')
      expect((mine.body.items as Json[]).find((x) => x.id === booking.body.id)?.status).toBe('cancelled')
      expectError(await book(ctx, b, salon.id), 409, 'BOOKING_CLOSED')
    })

    test('the booked owner hears about the cancellation (salon.updated or booking.updated)', async () => {
      const salon = await createSalon(ctx)
      const owner = await ctx.world.owner()
      expectStatus(await book(ctx, owner, salon.id), 201)
      const tap = await ctx.transport.listen(owner.token)
      try {
        const admin = await ctx.world.admin()
        expectStatus(await ctx.api.as(admin).post(`/salons/${salon.id}/cancel`, { reason: '暴雨预警' }), 200)
        await tap.waitFor(
          (e) =>
            (e.type === 'salon.updated' || e.type === 'booking.updated') &&
            JSON.stringify(e.data).includes(salon.id),
        )
      } finally {
        await tap.close()
      }
    })

    test('a draft cancelled before publishing stays hidden: owners get 404, and only admins hear of it', async () => {
      const draft = await createSalon(ctx, { title: '未发布即取消的沙龙' }, false)
      const owner = await ctx.world.owner()
      const admin = await ctx.world.admin()
      const ownerTap = await ctx.transport.listen(owner.token)
      const adminTap = await ctx.transport.listen(admin.token)
      try {
        expectStatus(await ctx.api.as(admin).post(`/salons/${draft.id}/cancel`, { reason: '计划调整' }), 200)
        await adminTap.waitFor((e) => e.type === 'salon.updated' && e.data.id === draft.id)
        // Events reach a socket in order: once the owner hears of a later published salon, anything
        // about the draft would have come before it.
        const later = await createSalon(ctx, { title: '随后发布的沙龙' })
        await ownerTap.waitFor((e) => e.type === 'salon.updated' && e.data.id === later.id)
        expect(ownerTap.events.filter((e) => JSON.stringify(e.data ?? null).includes(draft.id))).toEqual([])
      } finally {
        await ownerTap.close()
        await adminTap.close()
      }
      expectNotFound(await ctx.api.as(owner).get(`/salons/${draft.id}`))
      expectNotFound(await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).get(`/salons/${draft.id}`))
      for (const query of ['', 'status=cancelled', 'when=upcoming']) {
        expect((await listSalons(owner, query)).some((s) => s.id === draft.id)).toBe(false)
      }
      expect((await ctx.api.as(admin).get(`/salons/${draft.id}`)).body.status).toBe('cancelled')
    })

    test('no reason → 400 naming it; an owner → 403; an unknown id → 404; without a token → 401', async () => {
      const salon = await createSalon(ctx)
      const admin = await ctx.world.admin()
      expectValidation(await ctx.api.as(admin).post(`/salons/${salon.id}/cancel`, {}), 'reason')
      expectValidation(await ctx.api.as(admin).post(`/salons/${salon.id}/cancel`, { reason: '  ' }), 'reason')
      expectForbidden(
        await ctx.api.as(await ctx.world.owner()).post(`/salons/${salon.id}/cancel`, { reason: '不想办了' }),
      )
      expectNotFound(await ctx.api.as(admin).post('/salons/sal-does-not-exist/cancel', { reason: '不存在' }))
      expectUnauthenticated(await ctx.api.anonymous().post(`/salons/${salon.id}/cancel`, { reason: '匿名' }))
    })
  })
}
