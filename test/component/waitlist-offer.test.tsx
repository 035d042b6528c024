import Taro from '@tarojs/taro'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import type { MyBooking } from '@/api/contract/schemas/salon'
import { getMyBookings, getSalon } from '@/api/endpoints/salons'
import { MyBookingList } from '@/features/salons/my-booking-list'
import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'
import { offerTimeLeft } from '@/features/salons/salon-format'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

const HOUR = 3600_000
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')

async function call(token: string, method: string, path: string, body?: unknown) {
  const res = await getMockBackend().handle({
    method,
    path: `/api/v1${path}`,
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': `k-${Math.random()}` },
    ...(body === undefined ? {} : { body }),
  })
  if (res.status >= 300) throw new Error(`${method} ${path}: ${JSON.stringify(res.body)}`)
  return res.body as { id: string }
}

/** A one-seat salon starting in 5 hours: owner 01 holds the seat, owner 14 waits, then 01 cancels. */
async function offeredToOwner14(): Promise<string> {
  const admin = 'demo-usr-admin-01'
  const start = Date.now() + 5 * HOUR
  const salon = await call(admin, 'POST', '/salons', {
    title: '临开场候补测试',
    summary: '简介',
    description: '',
    speakers: [],
    location: '两江新区',
    startAt: iso(start),
    endAt: iso(start + 2 * HOUR),
    bookingDeadline: iso(start - HOUR),
    capacity: 1,
  })
  await call(admin, 'POST', `/salons/${salon.id}/publish`)
  const seat = await call('demo-usr-owner-01', 'POST', `/salons/${salon.id}/bookings`, {})
  await call('demo-usr-owner-14', 'POST', `/salons/${salon.id}/bookings`, {})
  await call('demo-usr-owner-01', 'POST', `/bookings/${seat.id}/cancel`)
  return salon.id
}

describe('a seat offered from the waitlist', () => {
  it('shows the time left and takes the seat on 确认参加', async () => {
    const user = userEvent.setup()
    const id = await offeredToOwner14()
    await signInAs('owner', (a) => a.userId === 'usr-owner-14')
    const offered = (await getSalon(id)).myBooking!
    expect(offered.status).toBe('offered')
    renderWithSwr(<SalonDetailScreen id={id} />)
    const mine = await screen.findByRole('region', { name: '我的报名' })
    expect(within(mine).getByText('候补名额待确认')).toBeInTheDocument()
    expect(within(mine).getByRole('timer')).toHaveTextContent(
      `还剩 ${offerTimeLeft(offered.offerExpiresAt!)}`,
    )
    expect(screen.queryByRole('img', { name: '签到二维码' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '确认参加' }))
    const ticket = await screen.findByRole('region', { name: '我的入场券' })
    expect(within(ticket).getByRole('img', { name: '签到二维码' })).toBeInTheDocument()
    expect((await getSalon(id)).myBooking?.status).toBe('confirmed')
  })

  it('gives the seat up on 放弃名额 after asking', async () => {
    const user = userEvent.setup()
    const id = await offeredToOwner14()
    await signInAs('owner', (a) => a.userId === 'usr-owner-14')
    const modal = jest
      .spyOn(Taro, 'showModal')
      .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' })
    renderWithSwr(<SalonDetailScreen id={id} />)
    await user.click(await screen.findByText('放弃名额'))
    expect(modal).toHaveBeenCalledWith(
      expect.objectContaining({ title: '放弃名额', confirmText: '确定放弃' }),
    )
    expect(await screen.findByRole('button', { name: '报名' })).toBeInTheDocument()
    expect((await getSalon(id)).myBooking).toBeUndefined()
  })
})

describe('MyBookingList with an offer', () => {
  it('says the time left and confirms from the list without opening the salon', async () => {
    const user = userEvent.setup()
    const id = await offeredToOwner14()
    await signInAs('owner', (a) => a.userId === 'usr-owner-14')
    const items = (await getMyBookings()).items.filter((b) => b.salonId === id)
    const onOpen = jest.fn()
    const onConfirm = jest.fn<void, [MyBooking]>()
    render(<MyBookingList items={items} onOpen={onOpen} onConfirm={onConfirm} />)
    expect(screen.getByText(/^待确认 · 剩 (1 小时 5\d 分|2 小时)$/)).toBeInTheDocument()
    await user.click(screen.getByText('确认参加'))
    expect(onConfirm).toHaveBeenCalledWith(expect.objectContaining({ salonId: id, status: 'offered' }))
    expect(onOpen).not.toHaveBeenCalled()
  })
})

describe('offerTimeLeft', () => {
  it.each([
    [2 * HOUR, '2 小时'],
    [HOUR + 20 * 60_000 + 30_000, '1 小时 20 分'],
    [15 * 60_000 + 59_000, '15 分钟'],
    [30_000, '不到 1 分钟'],
    [0, '已超时'],
    [-HOUR, '已超时'],
  ])('%d ms left → %s', (left, text) => {
    const now = Date.parse('2026-03-01T10:00:00+08:00')
    expect(offerTimeLeft(iso(now + left), now)).toBe(text)
  })
})
