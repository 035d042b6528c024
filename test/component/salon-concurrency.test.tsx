import { cleanup, screen, within } from '@testing-library/react'

import type { Booking } from '@/api/contract/schemas/salon'
import { loginDemo } from '@/api/endpoints/auth'
import { bookSalon, createSalon, getSalonBookings, publishSalon } from '@/api/endpoints/salons'
import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'
import { bookingLabel } from '@/features/salons/salon-format'
import { bookingOutcome } from '@/features/salons/use-booking'
import { useSessionStore } from '@/stores/session-store'
import { randomId } from '@/utils/id'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

const day = 24 * 3600 * 1000
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')
const OWNERS = Array.from({ length: 12 }, (_, i) => `usr-owner-${String(i + 1).padStart(2, '0')}`)

describe('12 owners booking a 5-seat salon at once', () => {
  const latency = process.env.TARO_APP_MOCK_LATENCY_MS
  afterEach(() => {
    process.env.TARO_APP_MOCK_LATENCY_MS = latency
  })

  it('ends with 5 confirmed and 7 waitlisted, and each owner sees which', async () => {
    await signInAs('admin')
    const start = Date.now() + 10 * day
    const draft = await createSalon(
      {
        title: '五席小范围沙龙',
        summary: '并发报名测试',
        description: '',
        speakers: [],
        location: '两江新区',
        startAt: iso(start),
        endAt: iso(start + 2 * 3600 * 1000),
        bookingDeadline: iso(start - day),
        capacity: 5,
      },
      randomId('salon-'),
    )
    const salon = await publishSalon(draft.id)
    const sessions = await Promise.all(OWNERS.map((userId) => loginDemo(userId)))

    // Every call waits in the in-process transport, so all twelve are in flight before any is served;
    // each starts under its own owner's session (the client reads the token as the request leaves).
    process.env.TARO_APP_MOCK_LATENCY_MS = '300'
    let settled = 0
    const calls: Promise<Booking>[] = []
    for (const session of sessions) {
      useSessionStore.getState().signIn(session)
      calls.push(bookSalon(salon.id, randomId('book-')).finally(() => (settled += 1)))
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
    expect(settled).toBe(0)
    const results = await Promise.all(calls)
    process.env.TARO_APP_MOCK_LATENCY_MS = latency

    expect(new Set(results.map((b) => b.userId))).toEqual(new Set(OWNERS))
    const confirmed = results.filter((b) => b.status === 'confirmed')
    const waitlisted = results.filter((b) => b.status === 'waitlisted')
    expect(confirmed).toHaveLength(5)
    expect(waitlisted).toHaveLength(7)
    expect(waitlisted.map((b) => b.waitlistPosition).sort()).toEqual([1, 2, 3, 4, 5, 6, 7])

    // What each owner was told when the answer came back (all expected a seat: 5 were free).
    for (const booking of results) {
      expect(bookingOutcome(booking, true)).toBe(
        booking.status === 'confirmed'
          ? '报名成功'
          : `名额刚被抢完，已为您加入候补第 ${booking.waitlistPosition} 位`,
      )
    }

    await signInAs('admin')
    const list = await getSalonBookings(salon.id, { limit: 100 })
    expect(list.items.filter((b) => b.status === 'confirmed')).toHaveLength(5)
    expect(list.items.filter((b) => b.status === 'waitlisted')).toHaveLength(7)

    // Each owner's own detail screen says what they got.
    for (const [index, session] of sessions.entries()) {
      useSessionStore.getState().signIn(session)
      renderWithSwr(<SalonDetailScreen id={salon.id} />)
      const mine = results[index]!
      // Wait on the text (cheap), then read the screen by role once it is there.
      await screen.findByText(bookingLabel(mine))
      // A seat is a ticket (我的入场券); a waitlist place is 我的报名.
      const panel = screen.getByRole('region', {
        name: mine.status === 'confirmed' ? '我的入场券' : '我的报名',
      })
      expect(within(panel).getByText(bookingLabel(mine))).toBeInTheDocument()
      expect(
        screen.getByRole('button', { name: mine.status === 'confirmed' ? '取消报名' : '取消候补' }),
      ).toBeInTheDocument()
      if (mine.status === 'confirmed') {
        expect(within(panel).getByRole('img', { name: '签到二维码' })).toBeInTheDocument()
        expect(within(panel).getByText(`签到码 ${mine.checkInCode}`)).toBeInTheDocument()
      } else {
        expect(within(panel).queryByRole('img', { name: '签到二维码' })).not.toBeInTheDocument()
      }
      cleanup()
    }
    // Twelve logins, twelve bookings and twelve screens: seconds on a busy 2-core machine.
  }, 30_000)
})
