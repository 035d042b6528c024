/** @jest-environment node */
import { setup } from './support'

const ADMIN = 'usr-admin-01'
const owner = (n: number) => `usr-owner-${String(n).padStart(2, '0')}`
const HOUR = 3600_000

type Harness = ReturnType<typeof setup>

/** sal-01 made full by owner 1 with owners 13 and 14 waiting, the clock `hoursBefore` its start. */
async function fullSalon(h: Harness, hoursBefore: number) {
  const seat = (await h.as(owner(1)).post('/salons/sal-01/bookings', {})).body
  const first = (await h.as(owner(13)).post('/salons/sal-01/bookings', {})).body
  const second = (await h.as(owner(14)).post('/salons/sal-01/bookings', {})).body
  expect([seat.status, first.status, second.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted'])
  const salon = (await h.as(ADMIN).get('/salons/sal-01')).body
  const start = Date.parse(salon.startAt)
  h.clock.set(new Date(start - hoursBefore * HOUR))
  return { seat, first, second, salon, start }
}

const mine = async (h: Harness, who: string) => (await h.as(who).get('/salons/sal-01')).body.myBooking

describe('waitlist offers close to the start', () => {
  it('offers a seat freed within 24 h to the next in line for 2 h, with a notice, and holds the seat', async () => {
    const h = setup()
    const { seat, first } = await fullSalon(h, 5)
    await h.as(owner(1)).post(`/bookings/${seat.id}/cancel`)
    const offered = await mine(h, owner(13))
    expect(offered.status).toBe('offered')
    expect(Date.parse(offered.offerExpiresAt)).toBe(h.clock.now().getTime() + 2 * HOUR)
    expect(offered.id).toBe(first.id)
    const notices = (await h.as(owner(13)).get('/notices')).body.items
    expect(notices[0]).toMatchObject({
      kind: 'booking_offered',
      title: '候补名额待确认',
      target: { id: 'sal-01' },
    })
    const pushed = h.events.filter((e) => e.userId === owner(13) && e.event.type === 'booking.updated')
    expect((pushed.at(-1)?.event.data as { status: string }).status).toBe('offered')
    // The offered seat is held: the salon still counts as full.
    const salon = (await h.as(owner(1)).get('/salons/sal-01')).body
    expect([salon.bookedCount, salon.waitlistCount]).toEqual([salon.capacity, 1])
  })

  it('confirms an offer within the window: the seat is the owner’s, with no deadline left', async () => {
    const h = setup()
    const { seat, first } = await fullSalon(h, 5)
    await h.as(owner(1)).post(`/bookings/${seat.id}/cancel`)
    h.clock.set(new Date(h.clock.now().getTime() + 2 * HOUR - 60_000))
    const res = await h.as(owner(13)).post(`/bookings/${first.id}/confirm`)
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('confirmed')
    expect(res.body.offerExpiresAt).toBeUndefined()
    // Nothing lapses later: the next in line keeps waiting.
    h.clock.set(new Date(h.clock.now().getTime() + 3 * HOUR))
    expect((await mine(h, owner(14))).status).toBe('waitlisted')
    const again = await h.as(owner(13)).post(`/bookings/${first.id}/confirm`)
    expect([again.status, again.body.error.message]).toEqual([409, '该报名没有待确认的候补名额'])
  })

  it('passes a lapsed offer to the next in line on the clock, and refuses the late confirm', async () => {
    const h = setup()
    const { seat, first, second } = await fullSalon(h, 5)
    await h.as(owner(1)).post(`/bookings/${seat.id}/cancel`)
    h.clock.set(new Date(h.clock.now().getTime() + 2 * HOUR))
    // Any signed-in call is the tick: the admin looking is enough.
    await h.as(ADMIN).get('/salons/sal-01')
    const next = await mine(h, owner(14))
    expect([next.id, next.status]).toEqual([second.id, 'offered'])
    expect(h.events.some((e) => e.userId === owner(14) && e.event.type === 'notice.created')).toBe(true)
    const lateConfirm = await h.as(owner(13)).post(`/bookings/${first.id}/confirm`)
    expect([lateConfirm.status, lateConfirm.body.error.message]).toEqual([
      409,
      '已超过确认时限，名额已顺延给下一位候补',
    ])
    expect(await mine(h, owner(13))).toBeUndefined()
  })

  it('declining an offer (cancel) passes it on at once', async () => {
    const h = setup()
    const { seat, first, second } = await fullSalon(h, 5)
    await h.as(owner(1)).post(`/bookings/${seat.id}/cancel`)
    const declined = await h.as(owner(13)).post(`/bookings/${first.id}/cancel`)
    expect([declined.body.status, declined.body.offerExpiresAt]).toEqual(['cancelled', undefined])
    expect((await mine(h, owner(14))).id).toBe(second.id)
    expect((await mine(h, owner(14))).status).toBe('offered')
    const confirm = await h.as(owner(13)).post(`/bookings/${first.id}/confirm`)
    expect([confirm.status, confirm.body.error.message]).toEqual([409, '该报名没有待确认的候补名额'])
  })

  it('never lets the window run past the start, and follows the salon’s own settings', async () => {
    const h = setup()
    const { seat, start } = await fullSalon(h, 1)
    await h.as(owner(1)).post(`/bookings/${seat.id}/cancel`)
    expect(Date.parse((await mine(h, owner(13))).offerExpiresAt)).toBe(start)

    const other = setup()
    const salon = (await other.as(ADMIN).get('/salons/sal-01')).body
    const { id: _id, bookedCount: _b, waitlistCount: _w, status: _s, myBooking: _m, ...fields } = salon
    void [_id, _b, _w, _s, _m]
    const put = await other
      .as(ADMIN)
      .put('/salons/sal-01', { ...fields, offerThresholdHours: 4, offerWindowHours: 1 })
    expect(put.status).toBe(200)
    const bad = await other.as(ADMIN).put('/salons/sal-01', { ...fields, offerWindowHours: 0 })
    expect([bad.status, bad.body.error.details[0].message]).toEqual([
      400,
      '候补确认时限须为 1～48 小时的整数',
    ])
    const { seat: seat2 } = await fullSalon(other, 5)
    // 5 h before the start is outside this salon's 4 h: the seat is given at once, as before.
    await other.as(owner(1)).post(`/bookings/${seat2.id}/cancel`)
    expect((await mine(other, owner(13))).status).toBe('confirmed')
    // 3 h before is inside it: offered, for this salon's 1 h.
    other.clock.set(new Date(other.clock.now().getTime() + 2 * HOUR))
    await other.as(owner(13)).post(`/bookings/${(await mine(other, owner(13))).id}/cancel`)
    const offered = await mine(other, owner(14))
    expect(offered.status).toBe('offered')
    expect(Date.parse(offered.offerExpiresAt)).toBe(other.clock.now().getTime() + HOUR)
  })

  it('refuses to check in an offer not yet confirmed', async () => {
    const h = setup()
    const { seat, first } = await fullSalon(h, 5)
    await h.as(owner(1)).post(`/bookings/${seat.id}/cancel`)
    const res = await h.as(ADMIN).post('/check-ins', { salonId: 'sal-01', checkInCode: first.checkInCode })
    expect([res.status, res.body.error.message]).toEqual([409, '候补名额尚未确认，请先在我的报名中确认'])
  })
})
