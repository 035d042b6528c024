/** @jest-environment node */
import { setup } from './support'

const ADMIN = 'usr-admin-01'
const owner = (n: number) => `usr-owner-${String(n).padStart(2, '0')}`

describe('salon bookings', () => {
  it('takes the last seat, then waitlists in order, then promotes FIFO on cancel', async () => {
    const { as, events } = setup()
    const before = (await as(owner(1)).get('/salons/sal-01')).body
    expect(before.capacity - before.bookedCount).toBe(1)

    const last = await as(owner(1)).post('/salons/sal-01/bookings', {})
    expect(last.status).toBe(201)
    expect(last.body.status).toBe('confirmed')
    const w1 = await as(owner(13)).post('/salons/sal-01/bookings', {})
    const w2 = await as(owner(14)).post('/salons/sal-01/bookings', {})
    expect([w1.body.status, w1.body.waitlistPosition]).toEqual(['waitlisted', 1])
    expect([w2.body.status, w2.body.waitlistPosition]).toEqual(['waitlisted', 2])
    const full = (await as(owner(1)).get('/salons/sal-01')).body
    expect([full.bookedCount, full.waitlistCount]).toEqual([full.capacity, 2])
    expect(full.myBooking.id).toBe(last.body.id)

    const cancelled = await as(owner(1)).post(`/bookings/${last.body.id}/cancel`)
    expect(cancelled.body.status).toBe('cancelled')
    const mine13 = (await as(owner(13)).get('/bookings/mine')).body.items.find(
      (b: { salonId: string }) => b.salonId === 'sal-01',
    )
    expect(mine13.status).toBe('confirmed')
    const mine14 = (await as(owner(14)).get('/salons/sal-01')).body.myBooking
    expect(mine14.waitlistPosition).toBe(1)
    const promoted = events.filter((e) => e.userId === owner(13) && e.event.type === 'booking.updated')
    expect((promoted.at(-1)?.event.data as { status: string }).status).toBe('confirmed')
    expect(events.some((e) => e.event.type === 'salon.updated')).toBe(true)
  })

  it('never exceeds capacity under concurrent bookings', async () => {
    const { as } = setup()
    const results = await Promise.all(
      [1, 13, 14].map((n) => as(owner(n)).post('/salons/sal-01/bookings', {})),
    )
    expect(results.filter((r) => r.body.status === 'confirmed')).toHaveLength(1)
    expect(results.filter((r) => r.body.status === 'waitlisted')).toHaveLength(2)
    const salon = (await as(ADMIN).get('/salons/sal-01')).body
    expect(salon.bookedCount).toBe(salon.capacity)
  })

  it('puts a booking on a full salon on the waitlist behind those already there', async () => {
    const { as } = setup()
    const full = (await as(owner(1)).get('/salons/sal-02')).body
    expect(full.bookedCount).toBe(full.capacity)
    const res = await as(owner(1)).post('/salons/sal-02/bookings', {})
    expect(res.body.status).toBe('waitlisted')
    expect(res.body.waitlistPosition).toBe(full.waitlistCount + 1)
  })

  it('closes booking after the deadline, on drafts and on cancelled salons (409 BOOKING_CLOSED)', async () => {
    const { as, clock } = setup()
    for (const id of ['sal-08', 'sal-04', 'sal-05']) {
      const res = await as(owner(1)).post(`/salons/${id}/bookings`, {})
      expect([id, res.status, res.body.error?.code]).toEqual([id, 409, 'BOOKING_CLOSED'])
    }
    const salon = (await as(owner(1)).get('/salons/sal-01')).body
    clock.set(new Date(Date.parse(salon.bookingDeadline) + 1000))
    const late = await as(owner(1)).post('/salons/sal-01/bookings', {})
    expect(late.status).toBe(409)
    expect(late.body.error.code).toBe('BOOKING_CLOSED')
  })

  it('checks in a confirmed booking once at its own salon, and only by an admin', async () => {
    const { as, events } = setup()
    const checkIn = (who: string, salonId: string, checkInCode: string) =>
      as(who).post('/check-ins', { salonId, checkInCode })
    const booking = (await as(owner(1)).post('/salons/sal-01/bookings', {})).body
    expect((await checkIn(owner(1), 'sal-01', booking.checkInCode)).status).toBe(403)
    // Another salon's door: refused before anything is written, no event sent.
    const sent = events.length
    const wrong = await checkIn(ADMIN, 'sal-02', booking.checkInCode)
    expect([wrong.status, wrong.body.error.code, wrong.body.error.message]).toEqual([
      400,
      'VALIDATION_FAILED',
      '该签到码不属于本场沙龙',
    ])
    expect(wrong.body.error.details).toEqual([
      { path: 'checkInCode', message: expect.stringMatching(/^该签到码属于「.+」$/) },
    ])
    expect(events.length).toBe(sent)
    expect((await as(owner(1)).get('/bookings/mine?limit=100')).body.items[0].status).toBe('confirmed')

    const ok = await checkIn(ADMIN, 'sal-01', booking.checkInCode.toLowerCase())
    expect(ok.status).toBe(200)
    expect(ok.body.booking.status).toBe('checked_in')
    expect(ok.body.booking.userName).toBe('程飞')
    const twice = await checkIn(ADMIN, 'sal-01', booking.checkInCode)
    expect([twice.status, twice.body.error.code]).toEqual([409, 'CONFLICT'])
    expect((await as(owner(1)).post(`/bookings/${booking.id}/cancel`)).status).toBe(409)
    const waitlisted = (await as(owner(13)).post('/salons/sal-01/bookings', {})).body
    const early = await checkIn(ADMIN, 'sal-01', waitlisted.checkInCode)
    expect([early.status, early.body.error.code]).toEqual([409, 'INVALID_TRANSITION'])
    expect((await checkIn(ADMIN, 'sal-01', 'NOPE00')).status).toBe(404)
    expect((await checkIn(ADMIN, 'sal-nope', booking.checkInCode)).status).toBe(404)
  })

  it('lets only the booking’s owner cancel it, once', async () => {
    const { as } = setup()
    const booking = (await as(owner(1)).post('/salons/sal-01/bookings', {})).body
    expect((await as(owner(2)).post(`/bookings/${booking.id}/cancel`)).status).toBe(404)
    expect((await as(owner(1)).post(`/bookings/${booking.id}/cancel`)).status).toBe(200)
    expect((await as(owner(1)).post(`/bookings/${booking.id}/cancel`)).status).toBe(409)
    // Cancelled, the user may book again.
    expect((await as(owner(1)).post('/salons/sal-01/bookings', {})).status).toBe(201)
  })

  it('runs the admin life cycle: create draft, publish, grow capacity (promotes), cancel', async () => {
    const { as } = setup()
    const admin = as(ADMIN)
    const fields = {
      title: '测试沙龙',
      summary: '测试',
      description: '测试',
      speakers: ['讲者'],
      location: '会议室',
      startAt: '2025-03-20T14:00:00+08:00',
      endAt: '2025-03-20T16:00:00+08:00',
      capacity: 1,
      bookingDeadline: '2025-03-19T18:00:00+08:00',
    }
    const draft = await admin.post('/salons', fields)
    expect([draft.status, draft.body.status]).toEqual([201, 'draft'])
    expect((await as(owner(1)).get(`/salons/${draft.body.id}`)).status).toBe(404)
    expect((await as(owner(1)).post('/salons', {})).status).toBe(403)
    expect((await admin.post(`/salons/${draft.body.id}/publish`)).body.status).toBe('published')
    expect((await admin.post(`/salons/${draft.body.id}/publish`)).status).toBe(409)
    await as(owner(1)).post(`/salons/${draft.body.id}/bookings`, {})
    const waiting = (await as(owner(2)).post(`/salons/${draft.body.id}/bookings`, {})).body
    expect(waiting.status).toBe('waitlisted')
    expect((await admin.put(`/salons/${draft.body.id}`, { ...fields, capacity: 2 })).body.bookedCount).toBe(2)
    expect((await admin.put(`/salons/${draft.body.id}`, { ...fields, capacity: 1 })).status).toBe(409)
    const bad = await admin.put(`/salons/${draft.body.id}`, {
      ...fields,
      bookingDeadline: '2025-03-21T00:00:00+08:00',
    })
    expect(bad.status).toBe(400)
    const cancelled = await admin.post(`/salons/${draft.body.id}/cancel`, { reason: '场地检修' })
    expect([cancelled.body.status, cancelled.body.bookedCount]).toEqual(['cancelled', 0])
    expect((await admin.post(`/salons/${draft.body.id}/cancel`, { reason: '再取消' })).status).toBe(409)
  })

  it('exports the list as UTF-8 CSV with a BOM', async () => {
    const { as } = setup()
    const res = await as(ADMIN).get('/salons/sal-02/bookings.csv')
    expect(res.status).toBe(200)
    expect(res.headers?.['content-type']).toBe('text/csv; charset=utf-8')
    const text = res.body as string
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1 + 11)
    expect(text).toContain('候补')
    expect((await as(owner(1)).get('/salons/sal-02/bookings.csv')).status).toBe(403)
  })
})
