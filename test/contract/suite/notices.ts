import {
  NoticeListSchema,
  NoticeSchema,
  ReadAllNoticesSchema,
  SubscriptionConsentListSchema,
} from '../../../src/api/contract/schemas/notice'
import {
  expectForbidden,
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import { uniqueId } from '../fixtures'
import type { Json } from '../transport'
import type { Actor, Owner } from '../world'

import { act, book, createRequest, createSalon, type ContractContext } from './context'

export function noticeSuite(ctx: ContractContext): void {
  async function list(who: Actor, query = ''): Promise<ReturnType<typeof NoticeListSchema.parse>> {
    const res = await ctx.api.as(who).get(`/notices?limit=100${query}`)
    expectStatus(res, 200)
    return expectShape(NoticeListSchema, res.body)
  }

  /** A request of `owner` accepted by its specialist: the owner now has a notice about it. */
  async function acceptedRequest(owner: Owner): Promise<Json> {
    const request = await createRequest(ctx, owner)
    const specialist = await ctx.world.serviceSpecialistOf(owner)
    expectStatus(await act(ctx, specialist, request.id, { action: 'accept' }), 200)
    return request
  }

  describe('GET /notices', () => {
    test('a specialist accepting a request gives its owner one unread notice that opens the request', async () => {
      const owner = await ctx.world.owner()
      const before = await list(owner)
      const request = await acceptedRequest(owner)
      const after = await list(owner)
      const about = after.items.filter((n) => n.target.type === 'request' && n.target.id === request.id)
      expect(about).toHaveLength(1)
      expect(about[0]).toMatchObject({ kind: 'request_status', title: '申请已受理' })
      expect(about[0]?.readAt).toBeUndefined()
      expect(after.unreadCount).toBe(before.unreadCount + 1)
      // Newest first.
      expect(after.items[0]?.id).toBe(about[0]?.id)
    })

    test('pages with a cursor, and unread=1 lists only the unread', async () => {
      const owner = await ctx.world.owner()
      await acceptedRequest(owner)
      await acceptedRequest(owner)
      const all = await list(owner)
      const first = await ctx.api.as(owner).get('/notices?limit=1')
      expectStatus(first, 200)
      const page1 = expectShape(NoticeListSchema, first.body)
      expect(page1.items).toHaveLength(1)
      expect(page1.nextCursor).not.toBeNull()
      const second = await ctx.api.as(owner).get(`/notices?limit=1&cursor=${page1.nextCursor}`)
      expect(expectShape(NoticeListSchema, second.body).items[0]?.id).toBe(all.items[1]?.id)
      const unread = await list(owner, '&unread=1')
      expect(unread.items.every((n) => n.readAt === undefined)).toBe(true)
      expect(unread.items).toHaveLength(unread.unreadCount)
    })

    test('bad paging or filter → 400 naming the parameter', async () => {
      const owner = await ctx.world.owner()
      expectValidation(await ctx.api.as(owner).get('/notices?limit=0'), 'limit')
      expectValidation(await ctx.api.as(owner).get('/notices?unread=yes'), 'unread')
    })

    test('no token → 401', async () => {
      expectUnauthenticated(await ctx.api.anonymous().get('/notices'))
    })

    test('another enterprise never lists them', async () => {
      const owner = await ctx.world.owner()
      const other = await ctx.world.otherOwnerThan(owner)
      const request = await acceptedRequest(owner)
      const theirs = await list(other)
      expect(theirs.items.some((n) => n.target.id === request.id)).toBe(false)
    })
  })

  describe('POST /notices/:id/read and /notices/read-all', () => {
    test('marks one read (again: unchanged), then all; the unread count follows', async () => {
      const owner = await ctx.world.owner()
      await acceptedRequest(owner)
      await acceptedRequest(owner)
      const before = await list(owner)
      const target = before.items[0]
      if (!target) throw new Error('no notice')
      const read = await ctx.api.as(owner).post(`/notices/${target.id}/read`)
      expectStatus(read, 200)
      const readAt = expectShape(NoticeSchema, read.body).readAt
      expect(readAt).toBeDefined()
      const again = await ctx.api.as(owner).post(`/notices/${target.id}/read`)
      expect(expectShape(NoticeSchema, again.body).readAt).toBe(readAt)
      expect((await list(owner)).unreadCount).toBe(before.unreadCount - 1)
      const all = await ctx.api.as(owner).post('/notices/read-all')
      expectStatus(all, 200)
      expect(expectShape(ReadAllNoticesSchema, all.body)).toEqual({
        updated: before.unreadCount - 1,
        unreadCount: 0,
      })
      const after = await list(owner)
      expect(after.unreadCount).toBe(0)
      expect(after.items.every((n) => n.readAt !== undefined)).toBe(true)
    })

    test('someone else’s notice, or one that does not exist → 404, and it stays unread', async () => {
      const owner = await ctx.world.owner()
      const other = await ctx.world.otherOwnerThan(owner)
      const specialist = await ctx.world.strangerSpecialistTo(owner)
      await acceptedRequest(owner)
      const [notice] = (await list(owner)).items
      if (!notice) throw new Error('no notice')
      expectNotFound(await ctx.api.as(other).post(`/notices/${notice.id}/read`))
      expectNotFound(await ctx.api.as(specialist).post(`/notices/${notice.id}/read`))
      expectNotFound(await ctx.api.as(owner).post(`/notices/${uniqueId('ntc')}/read`))
      // read-all of another user touches only their own.
      expectStatus(await ctx.api.as(other).post('/notices/read-all'), 200)
      expect((await list(owner)).items.find((n) => n.id === notice.id)?.readAt).toBeUndefined()
    })

    test('no token → 401', async () => {
      expectUnauthenticated(await ctx.api.anonymous().post('/notices/read-all'))
      expectUnauthenticated(await ctx.api.anonymous().post(`/notices/${uniqueId('ntc')}/read`))
    })
  })

  describe('notices made by salon events', () => {
    test('booking a seat tells the owner; cancelling the salon tells each holder', async () => {
      const salon = await createSalon(ctx, { capacity: 1 })
      const [a, b] = await ctx.world.owners(2)
      if (!a || !b) throw new Error('two owners needed')
      expectStatus(await book(ctx, a, salon.id), 201)
      expectStatus(await book(ctx, b, salon.id), 201) // waitlisted
      const aboutSalon = async (who: Actor) =>
        (await list(who)).items.filter((n) => n.target.type === 'salon' && n.target.id === salon.id)
      expect((await aboutSalon(a)).map((n) => n.kind)).toEqual(['booking_confirmed'])
      expect(await aboutSalon(b)).toEqual([])
      const admin = await ctx.world.admin()
      expectStatus(
        await ctx.api.as(admin).post(`/salons/${salon.id}/cancel`, { reason: '讲师临时有事' }),
        200,
      )
      expect((await aboutSalon(a)).map((n) => n.kind)).toEqual(['salon_cancelled', 'booking_confirmed'])
      expect((await aboutSalon(b)).map((n) => n.kind)).toEqual(['salon_cancelled'])
    })
  })

  describe('POST /subscriptions', () => {
    const choice = (result: string, topic = 'request_progress') => ({
      topic,
      templateId: 'tmpl_progress-01',
      result,
    })

    test('records each choice; an accept counts one send, a ban clears them; a retried key counts once', async () => {
      const owner = await ctx.world.owner()
      const key = uniqueId('sub')
      const first = await ctx.api
        .as(owner)
        .post('/subscriptions', { choices: [choice('accept')] }, { idempotencyKey: key })
      expectStatus(first, 200)
      const replay = await ctx.api
        .as(owner)
        .post('/subscriptions', { choices: [choice('accept')] }, { idempotencyKey: key })
      expect(replay.body).toEqual(first.body)
      const second = await ctx.api.as(owner).post('/subscriptions', {
        choices: [choice('accept'), choice('reject', 'salon_reminder')],
        target: { type: 'salon', id: 'sal-x' },
      })
      const consents = expectShape(SubscriptionConsentListSchema, second.body).items
      expect(consents.find((c) => c.topic === 'request_progress')).toMatchObject({
        lastResult: 'accept',
        available: 2,
        templateId: 'tmpl_progress-01',
      })
      expect(consents.find((c) => c.topic === 'salon_reminder')).toMatchObject({
        lastResult: 'reject',
        available: 0,
      })
      const banned = await ctx.api.as(owner).post('/subscriptions', { choices: [choice('ban')] })
      expect(
        expectShape(SubscriptionConsentListSchema, banned.body).items.find(
          (c) => c.topic === 'request_progress',
        ),
      ).toMatchObject({ lastResult: 'ban', available: 0 })
    })

    test('bad choices → 400 naming the field, nothing recorded', async () => {
      const owner = await ctx.world.owner(1)
      expectValidation(await ctx.api.as(owner).post('/subscriptions', { choices: [] }), 'choices')
      expectValidation(
        await ctx.api.as(owner).post('/subscriptions', { choices: [choice('maybe')] }),
        'choices.0.result',
      )
      expectValidation(
        await ctx.api
          .as(owner)
          .post('/subscriptions', { choices: [{ ...choice('accept'), templateId: 'a b' }] }),
        'choices.0.templateId',
      )
      expectValidation(
        await ctx.api.as(owner).post('/subscriptions', {
          choices: [choice('accept'), choice('accept'), choice('accept'), choice('accept')],
        }),
        'choices',
      )
      // What an owner has is only what went through: a good call now shows one topic with one send.
      const ok = await ctx.api
        .as(owner)
        .post('/subscriptions', { choices: [choice('accept', 'waitlist_promoted')] })
      expect(expectShape(SubscriptionConsentListSchema, ok.body).items).toEqual([
        expect.objectContaining({ topic: 'waitlist_promoted', available: 1 }),
      ])
    })

    test('no token → 401; a specialist or an admin → 403', async () => {
      const body = { choices: [choice('accept')] }
      expectUnauthenticated(await ctx.api.anonymous().post('/subscriptions', body))
      const owner = await ctx.world.owner()
      expectForbidden(
        await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).post('/subscriptions', body),
      )
      expectForbidden(await ctx.api.as(await ctx.world.admin()).post('/subscriptions', body))
    })

    test('another owner’s consents are their own', async () => {
      const owner = await ctx.world.owner()
      const other = await ctx.world.otherOwnerThan(owner)
      expectStatus(await ctx.api.as(owner).post('/subscriptions', { choices: [choice('accept')] }), 200)
      const theirs = await ctx.api
        .as(other)
        .post('/subscriptions', { choices: [choice('reject', 'salon_reminder')] })
      expect(expectShape(SubscriptionConsentListSchema, theirs.body).items.map((c) => c.topic)).toEqual([
        'salon_reminder',
      ])
    })
  })
}
