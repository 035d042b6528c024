/** @jest-environment node */
import { addDays, addMinutes } from '../../../mock/clock'

import { SEED_NOW, setup, type Json } from './support'

const owner = (n: number) => `usr-owner-${String(n).padStart(2, '0')}`
const SPEC_SERVICE_01 = 'usr-spec-01'
const LIAISON_01 = 'usr-spec-04'
const ADMIN = 'usr-admin-01'

type World = ReturnType<typeof setup>

async function noticesOf(world: World, userId: string): Promise<Json[]> {
  const res = await world.as(userId).get('/notices?limit=100')
  expect(res.status).toBe(200)
  return res.body.items
}

/** The notices pushed over the socket since `from`, as [userId, kind, target id]. */
const pushed = (world: World, from: number) =>
  world.events
    .slice(from)
    .filter((e) => e.event.type === 'notice.created')
    .map((e) => {
      const data = e.event.data as Json
      return [e.userId, data.kind, data.target.id]
    })

describe('notices: each event makes one notice for the right people', () => {
  it('a specialist moving a request tells the enterprise owner, once, and pushes it', async () => {
    const world = setup()
    await world.as(owner(1)).get('/notices') // the first tick: due time-based notices are made here
    const from = world.events.length
    // req-0005: 飞快通航's financing request, in progress with its liaison.
    const res = await world.as(LIAISON_01).post('/service-requests/req-0005/actions', {
      action: 'request_materials',
      note: '请补充近三年财务报表',
    })
    expect(res.status).toBe(200)
    expect(pushed(world, from)).toEqual([[owner(1), 'materials_requested', 'req-0005']])
    const [latest] = await noticesOf(world, owner(1))
    expect(latest).toMatchObject({
      kind: 'materials_requested',
      title: '需要补充材料',
      target: { type: 'request', id: 'req-0005' },
    })
    expect(latest.body).toContain('请补充近三年财务报表')
    expect(latest.readAt).toBeUndefined()
    // The actor and people of other enterprises hear nothing.
    expect(await noticesOf(world, LIAISON_01)).toEqual([])
    expect((await noticesOf(world, owner(2))).some((n) => n.target.id === 'req-0005')).toBe(false)
  })

  it('an owner acting tells the assignee: a new request, materials supplied', async () => {
    const world = setup()
    await world.as(owner(1)).get('/notices')
    const from = world.events.length
    const created = await world.as(owner(1)).post('/service-requests', {
      serviceType: 'bank_account',
      fields: {
        bankName: '重庆银行',
        accountType: '基本存款账户',
        preferredDate: '2025-03-10',
        contactName: '程飞',
        contactPhone: '13800000000',
      },
    })
    expect(created.status).toBe(201)
    const supplied = await world.as(owner(1)).post('/service-requests/req-0007/actions', {
      action: 'submit_materials',
      note: '已上传',
    })
    expect(supplied.status).toBe(200)
    expect(pushed(world, from)).toEqual([
      [created.body.assigneeId, 'request_status', created.body.id],
      [supplied.body.assigneeId, 'request_status', 'req-0007'],
    ])
  })

  it('booking: a seat → 报名成功; the waitlist → nothing yet; a freed seat → 候补成功 to the first waiting', async () => {
    const world = setup()
    await world.as(owner(1)).get('/notices')
    let from = world.events.length
    const seat = await world.as(owner(1)).post('/salons/sal-01/bookings', {})
    expect(seat.body.status).toBe('confirmed')
    expect(pushed(world, from)).toEqual([[owner(1), 'booking_confirmed', 'sal-01']])
    from = world.events.length
    const waiting = await world.as(owner(13)).post('/salons/sal-01/bookings', {})
    expect(waiting.body.status).toBe('waitlisted')
    expect(pushed(world, from)).toEqual([])
    await world.as(owner(1)).post(`/bookings/${seat.body.id}/cancel`)
    expect(pushed(world, from)).toEqual([[owner(13), 'booking_promoted', 'sal-01']])
  })

  it('a salon edit that moves time or place tells every holder; an edit they would not notice tells no one', async () => {
    const world = setup()
    await world.as(ADMIN).get('/notices')
    const salon = (await world.as(ADMIN).get('/salons/sal-02')).body
    const { id: _id, status: _s, bookedCount: _b, waitlistCount: _w, myBooking: _m, ...fields } = salon
    let from = world.events.length
    expect(
      (await world.as(ADMIN).put('/salons/sal-02', { ...fields, capacity: fields.capacity + 1 })).status,
    ).toBe(200)
    // One more seat promotes the first waiting (owner 11), but the salon itself did not change for anyone.
    expect(pushed(world, from)).toEqual([[owner(11), 'booking_promoted', 'sal-02']])
    from = world.events.length
    expect(
      (
        await world
          .as(ADMIN)
          .put('/salons/sal-02', { ...fields, capacity: fields.capacity + 1, location: '园区服务中心 5 楼' })
      ).status,
    ).toBe(200)
    const told = pushed(world, from)
    // Owners 3–10 confirmed, 11 promoted, 12–13 waiting: all eleven holders, each once.
    expect(told.map(([userId]) => userId).sort()).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map(owner).sort(),
    )
    expect(new Set(told.map(([, kind]) => kind))).toEqual(new Set(['salon_changed']))
  })

  it('a cancelled salon tells each holder why, once', async () => {
    const world = setup()
    await world.as(ADMIN).get('/notices')
    const from = world.events.length
    const res = await world.as(ADMIN).post('/salons/sal-02/cancel', { reason: '场地检修' })
    expect(res.status).toBe(200)
    const told = pushed(world, from)
    expect(told.map(([userId]) => userId).sort()).toEqual(
      [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map(owner).sort(),
    )
    const [notice] = await noticesOf(world, owner(12))
    expect(notice).toMatchObject({ kind: 'salon_cancelled', target: { type: 'salon', id: 'sal-02' } })
    expect(notice.body).toContain('场地检修')
  })
})

describe('notices: the time-based ones are made once, when due', () => {
  it('a completed request not rated within 3 days invites the owner, once; rated in time, never', async () => {
    const world = setup()
    const complete = (id: string) =>
      world.as(LIAISON_01).post(`/service-requests/${id}/actions`, { action: 'complete', note: '已办结' })
    // req-0005 (liaison) is in progress; complete it now and leave it unrated.
    expect((await complete('req-0005')).status).toBe(200)
    const invitations = async () =>
      (await noticesOf(world, owner(1))).filter(
        (n) => n.kind === 'rating_invitation' && n.target.id === 'req-0005',
      )
    world.clock.set(addDays(SEED_NOW, 2))
    expect(await invitations()).toHaveLength(0)
    world.clock.set(addMinutes(addDays(SEED_NOW, 3), 1))
    expect(await invitations()).toHaveLength(1)
    world.clock.set(addDays(SEED_NOW, 10))
    await world.as(owner(1)).get('/notices')
    await world.as(owner(2)).get('/me')
    expect(await invitations()).toHaveLength(1)
    expect((await noticesOf(world, owner(2))).some((n) => n.kind === 'rating_invitation')).toBe(false)
  })

  it('rated within 3 days: no invitation', async () => {
    const world = setup()
    expect(
      (
        await world
          .as(LIAISON_01)
          .post('/service-requests/req-0005/actions', { action: 'complete', note: '办结' })
      ).status,
    ).toBe(200)
    world.clock.set(addDays(SEED_NOW, 1))
    expect(
      (await world.as(owner(1)).post('/service-requests/req-0005/actions', { action: 'rate', score: 5 }))
        .status,
    ).toBe(200)
    world.clock.set(addDays(SEED_NOW, 5))
    const notices = await noticesOf(world, owner(1))
    expect(notices.some((n) => n.kind === 'rating_invitation' && n.target.id === 'req-0005')).toBe(false)
  })

  it('a salon starting within 24 hours reminds each confirmed attendee once, not the waitlist', async () => {
    const world = setup()
    // sal-02 starts in 8 days at 09:30: owners 3–10 hold seats, 11–13 wait.
    world.clock.set(addDays(SEED_NOW, 6))
    await world.as(owner(3)).get('/notices')
    expect(pushed(world, 0).filter(([, kind, id]) => kind === 'salon_tomorrow' && id === 'sal-02')).toEqual(
      [],
    )
    world.clock.set(addDays(SEED_NOW, 7.2))
    await world.as(owner(3)).get('/notices')
    await world.as(SPEC_SERVICE_01).get('/me')
    world.clock.set(addDays(SEED_NOW, 7.5))
    await world.as(owner(3)).get('/notices')
    const reminded = pushed(world, 0).filter(([, kind, id]) => kind === 'salon_tomorrow' && id === 'sal-02')
    expect(reminded.map(([userId]) => userId).sort()).toEqual([3, 4, 5, 6, 7, 8, 9, 10].map(owner).sort())
  })
})

describe('notices: reading', () => {
  it('marks one read, then all; counts follow; someone else’s notice is not found', async () => {
    const world = setup()
    await world
      .as(LIAISON_01)
      .post('/service-requests/req-0005/actions', { action: 'request_materials', note: '补充报表' })
    const list = (await world.as(owner(1)).get('/notices')).body
    expect(list.unreadCount).toBeGreaterThanOrEqual(2) // the materials ask and the seed's due rating invitation
    const first = list.items[0]
    expect((await world.as(owner(2)).post(`/notices/${first.id}/read`)).status).toBe(404)
    const read = await world.as(owner(1)).post(`/notices/${first.id}/read`)
    expect(read.status).toBe(200)
    expect(read.body.readAt).toBeDefined()
    const after = (await world.as(owner(1)).get('/notices?unread=1')).body
    expect(after.unreadCount).toBe(list.unreadCount - 1)
    expect(after.items.map((n: Json) => n.id)).not.toContain(first.id)
    const all = await world.as(owner(1)).post('/notices/read-all')
    expect(all.body).toEqual({ updated: list.unreadCount - 1, unreadCount: 0 })
    expect((await world.as(owner(1)).get('/notices')).body.unreadCount).toBe(0)
  })
})
