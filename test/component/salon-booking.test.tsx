import Taro from '@tarojs/taro'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { AxiosError } from 'axios'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import type { Booking, Salon } from '@/api/contract/schemas/salon'
import { getMyBookings, getSalon, getSalons } from '@/api/endpoints/salons'
import { http } from '@/api/http/http-client'
import { BookingButton } from '@/features/salons/booking-button'
import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'
import { formatDateTime } from '@/features/salons/salon-format'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

const NOW = Date.parse('2026-03-01T10:00:00+08:00')
const day = 24 * 3600 * 1000
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')

const booking = (status: Booking['status'], waitlistPosition?: number): Booking => ({
  id: 'bkg-1',
  salonId: 'sal-x',
  userId: 'usr-owner-01',
  enterpriseId: 'ent-01',
  status,
  waitlistPosition,
  checkInCode: 'ABCD1234',
  createdAt: iso(NOW - day),
})

const base: Salon = {
  id: 'sal-x',
  title: '测试沙龙',
  summary: '简介',
  description: '',
  speakers: [],
  location: '两江新区',
  startAt: iso(NOW + 3 * day),
  endAt: iso(NOW + 3 * day + 2 * 3600 * 1000),
  bookingDeadline: iso(NOW + 2 * day),
  capacity: 10,
  status: 'published',
  bookedCount: 3,
  waitlistCount: 0,
}

const CASES: [string, Partial<Salon>, string, 'book' | 'cancel' | 'confirm' | 'none'][] = [
  ['seats left', {}, '报名', 'book'],
  ['full', { bookedCount: 10, waitlistCount: 2 }, '加入候补', 'book'],
  ['booked', { myBooking: booking('confirmed') }, '取消报名', 'cancel'],
  ['waitlisted', { bookedCount: 10, myBooking: booking('waitlisted', 2) }, '取消候补', 'cancel'],
  ['past its deadline', { bookingDeadline: iso(NOW - day) }, '已截止', 'none'],
  ['full and past its deadline', { bookedCount: 10, bookingDeadline: iso(NOW - day) }, '已截止', 'none'],
  ['cancelled', { status: 'cancelled', cancelReason: '场地调整' }, '已取消', 'none'],
  ['cancelled with my booking', { status: 'cancelled', myBooking: booking('cancelled') }, '已取消', 'none'],
  ['checked in', { myBooking: booking('checked_in') }, '已签到', 'none'],
  ['offered a seat', { bookedCount: 10, myBooking: booking('offered') }, '确认参加', 'confirm'],
  [
    'over',
    { startAt: iso(NOW - 2 * day), endAt: iso(NOW - day), bookingDeadline: iso(NOW - 3 * day) },
    '已结束',
    'none',
  ],
  ['a draft', { status: 'draft' }, '未发布', 'none'],
]

describe('BookingButton', () => {
  it.each(CASES)('%s: says %s', async (_name, patch, label, intent) => {
    const user = userEvent.setup()
    const onBook = jest.fn()
    const onCancel = jest.fn()
    const onConfirm = jest.fn()
    render(
      <BookingButton
        salon={{ ...base, ...patch }}
        busy={false}
        onBook={onBook}
        onCancel={onCancel}
        onConfirm={onConfirm}
        now={NOW}
      />,
    )
    const button = screen.getByRole('button', { name: label })
    await user.click(button)
    expect(onBook).toHaveBeenCalledTimes(intent === 'book' ? 1 : 0)
    expect(onCancel).toHaveBeenCalledTimes(intent === 'cancel' ? 1 : 0)
    expect(onConfirm).toHaveBeenCalledTimes(intent === 'confirm' ? 1 : 0)
    expect(button).toHaveAttribute('aria-disabled', String(intent === 'none'))
  })

  it('takes no taps while a request runs, and says it is busy', async () => {
    const user = userEvent.setup()
    const onBook = jest.fn()
    render(
      <BookingButton
        salon={base}
        busy
        onBook={onBook}
        onCancel={jest.fn()}
        onConfirm={jest.fn()}
        now={NOW}
      />,
    )
    const button = screen.getByRole('button', { name: '报名' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAttribute('aria-busy', 'true')
    await user.click(button)
    expect(onBook).not.toHaveBeenCalled()
  })
})

describe('SalonDetailScreen', () => {
  it('books the last seat once however often it is tapped, then shows the QR and code', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    renderWithSwr(<SalonDetailScreen id="sal-01" />)
    expect(await screen.findByText('仅剩 1 席', { exact: false })).toBeInTheDocument()
    const button = screen.getByRole('button', { name: '报名' })
    // A triple tap: the first starts the booking, the others land while it runs.
    await user.tripleClick(button)
    // Said on the page (a toast says it too, and goes), on the ticket that now heads the page.
    const mine = await screen.findByRole('region', { name: '我的入场券' })
    const details = screen.getByRole('region', { name: '沙龙详情' })
    expect(mine.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(await within(mine).findByText('报名成功')).toBeInTheDocument()
    const salon = await getSalon('sal-01')
    expect(salon.myBooking?.status).toBe('confirmed')
    expect(await screen.findByText(`签到码 ${salon.myBooking!.checkInCode}`)).toBeInTheDocument()
    // The QR is drawn, not a blank square: its dark modules are the image's parts.
    expect(screen.getByRole('img', { name: '签到二维码' }).childElementCount).toBeGreaterThan(20)
    expect(screen.getByRole('button', { name: '取消报名' })).toBeInTheDocument()
  })

  it('joins the waitlist of a full salon and shows the place; cancelling asks first', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (a) => a.userId === 'usr-owner-14')
    const full = (await getSalons({ when: 'upcoming' })).items.find((s) => s.id === 'sal-02')!
    renderWithSwr(<SalonDetailScreen id="sal-02" />)
    await user.click(await screen.findByRole('button', { name: '加入候补' }))
    const place = full.waitlistCount + 1
    const mine = await screen.findByRole('region', { name: '我的报名' })
    expect(await within(mine).findByText(`已加入候补第 ${place} 位`)).toBeInTheDocument()
    expect(within(mine).getByText(`候补第 ${place} 位`)).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: '签到二维码' })).not.toBeInTheDocument()

    const modal = jest
      .spyOn(Taro, 'showModal')
      .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' })
    await user.click(screen.getByRole('button', { name: '取消候补' }))
    expect(await screen.findByRole('button', { name: '加入候补' })).toBeInTheDocument()
    // Giving up a place is destructive: the confirm is red, not WeChat's default green.
    expect(modal).toHaveBeenCalledWith(
      expect.objectContaining({ confirmText: '确定取消', confirmColor: '#d92d20' }),
    )
  })

  it('after check-in the ticket says 已签到 and when, instead of the QR', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    // 专精特新政策解读会 (sal-06) is over; owners 01–04 were checked in.
    const salon = await getSalon('sal-06')
    expect(salon.myBooking).toMatchObject({ status: 'checked_in', checkedInAt: expect.any(String) })
    renderWithSwr(<SalonDetailScreen id="sal-06" />)
    const ticket = await screen.findByRole('region', { name: '我的入场券' })
    const status = within(ticket).getByRole('status')
    expect(status).toHaveTextContent('已签到')
    expect(status).toHaveTextContent(`签到时间 ${formatDateTime(salon.myBooking!.checkedInAt!)}`)
    expect(screen.queryByRole('img', { name: '签到二维码' })).not.toBeInTheDocument()
    expect(screen.queryByText(/^签到码/)).not.toBeInTheDocument()
  })

  it('says the summary and the speakers once each', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const salon = await getSalon('sal-01')
    renderWithSwr(<SalonDetailScreen id="sal-01" />)
    const details = await screen.findByRole('region', { name: '沙龙详情' })
    const text = details.textContent ?? ''
    const count = (part: string) => text.split(part).length - 1
    expect(count(salon.summary)).toBe(1)
    // Named once among the speakers (a slot of the agenda may name its speaker again).
    const speakers = within(details).getByRole('list', { name: '分享嘉宾' }).textContent ?? ''
    for (const speaker of salon.speakers) expect(speakers.split(speaker).length - 1).toBe(1)
    expect(details.textContent).not.toMatch(/分享嘉宾.*王研究员、李明/)
  })

  it('shows the agenda, the speakers with title and organisation, and the poster', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const salon = await getSalon('sal-01')
    renderWithSwr(<SalonDetailScreen id="sal-01" />)
    const agenda = await screen.findByRole('list', { name: '议程' })
    const slots = within(agenda).getAllByRole('listitem')
    expect(slots).toHaveLength(salon.agenda!.length)
    const withSpeaker = salon.agenda!.findIndex((item) => item.speaker)
    const slot = salon.agenda![withSpeaker]!
    expect(slots[withSpeaker]).toHaveTextContent(`${slot.time}${slot.topic}${slot.speaker}`)
    const speakers = within(screen.getByRole('list', { name: '分享嘉宾' })).getAllByRole('listitem')
    const first = salon.speakerProfiles![0]!
    expect(speakers[0]).toHaveTextContent(`${first.name}${first.organisation} · ${first.title}`)
    const poster = screen.getByRole('img', { name: `活动海报：${salon.title}` })
    expect(poster.querySelector('[src]')?.getAttribute('src')).toContain(`/files/${salon.poster!.id}?`)
  })

  it('offers 导航 and 添加到日历 for an upcoming salon with coordinates, 复制地址 without', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    renderWithSwr(<SalonDetailScreen id="sal-01" />)
    await screen.findByText('导航')
    expect(screen.getByText('添加到日历')).toBeInTheDocument()
    expect(screen.queryByText('复制地址')).not.toBeInTheDocument()
  })

  it('offers 复制地址 and no calendar for a past salon without coordinates', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    renderWithSwr(<SalonDetailScreen id="sal-06" />)
    await screen.findByText('复制地址')
    expect(screen.queryByText('导航')).not.toBeInTheDocument()
    expect(screen.queryByText('添加到日历')).not.toBeInTheDocument()
  })
})

describe('booking on a network that loses answers', () => {
  it('sends the same key when the owner taps again, so the seat is booked once', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const keys: string[] = []
    let loseAnswers = false
    const seen = http.interceptors.request.use((config) => {
      if (config.url?.endsWith('/bookings')) keys.push(String(config.headers['Idempotency-Key']))
      return config
    })
    // The server books, but the phone never hears back (as on a train going into a tunnel).
    const lose = http.interceptors.response.use((response) => {
      if (loseAnswers && /\/salons\/sal-01(\/bookings)?$/.test(response.config.url ?? ''))
        throw new AxiosError('Network Error', AxiosError.ERR_NETWORK, response.config)
      return response
    })
    try {
      renderWithSwr(<SalonDetailScreen id="sal-01" />)
      const first = await screen.findByRole('button', { name: '报名' })
      loseAnswers = true
      await user.click(first)
      // The tap fails and so does the refetch: the screen still offers 报名, and the owner taps again.
      await waitFor(() => expect(keys).toHaveLength(1))
      await waitFor(() =>
        expect(screen.getByRole('button', { name: '报名' })).toHaveAttribute('aria-busy', 'false'),
      )
      loseAnswers = false
      await user.click(screen.getByRole('button', { name: '报名' }))
      expect(await screen.findByRole('button', { name: '取消报名' })).toBeInTheDocument()
      expect(keys).toHaveLength(2)
      expect(new Set(keys).size).toBe(1)
      const mine = (await getMyBookings()).items.filter((b) => b.salonId === 'sal-01')
      expect(mine).toHaveLength(1)
      expect(mine[0]!.status).toBe('confirmed')
    } finally {
      http.interceptors.request.eject(seen)
      http.interceptors.response.eject(lose)
    }
  })
})

describe('losing the last seat to someone else', () => {
  afterEach(() => {
    delete process.env.TARO_APP_MOCK_LATENCY_MS
  })

  it('puts the owner on the waitlist and says so', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    renderWithSwr(<SalonDetailScreen id="sal-01" />)
    const button = await screen.findByRole('button', { name: '报名' })
    // Our request is on its way (slow network) when another owner's booking takes the seat.
    process.env.TARO_APP_MOCK_LATENCY_MS = '200'
    await user.click(button)
    const other = await getMockBackend().handle({
      method: 'POST',
      path: '/api/v1/salons/sal-01/bookings',
      headers: { authorization: 'Bearer demo-usr-owner-14', 'idempotency-key': 'other-owner' },
      body: {},
    })
    expect((other.body as Booking).status).toBe('confirmed')
    expect(await screen.findByText('名额刚被抢完，已为您加入候补第 1 位')).toBeInTheDocument()
    expect(await screen.findByText('候补第 1 位', {}, { timeout: 3000 })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '取消候补' })).toBeInTheDocument()
  })
})
