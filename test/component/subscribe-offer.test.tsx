import Taro from '@tarojs/taro'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { Booking } from '@/api/contract/schemas/salon'
import { BookingPanel } from '@/features/salons/booking-panel'
import { requestSubscribe } from '@/utils/wechat-subscribe'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

// Each test picks the platform: H5's file (no panel) or WeChat's (the panel, answered by the test).
jest.mock('@/utils/wechat-subscribe', () => ({
  get canSubscribe() {
    return mockPlatform.weapp
  },
  requestSubscribe: jest.fn(),
}))
const mockPlatform = { weapp: false }
const panel = requestSubscribe as jest.MockedFunction<typeof requestSubscribe>

const waiting: Booking = {
  id: 'bkg-test',
  salonId: 'sal-02',
  userId: 'usr-owner-01',
  enterpriseId: 'ent-01',
  status: 'waitlisted',
  waitlistPosition: 4,
  checkInCode: 'ABCD2345',
  createdAt: '2026-11-27T10:00:00+08:00',
}

beforeEach(() => {
  process.env.TARO_APP_SUBSCRIBE_REMINDER_TEMPLATE = 'tmpl-reminder'
  process.env.TARO_APP_SUBSCRIBE_WAITLIST_TEMPLATE = 'tmpl-waitlist'
})
afterEach(() => {
  delete process.env.TARO_APP_SUBSCRIBE_REMINDER_TEMPLATE
  delete process.env.TARO_APP_SUBSCRIBE_WAITLIST_TEMPLATE
  mockPlatform.weapp = false
  jest.restoreAllMocks()
})

describe('the offer of WeChat reminders on the booking panel', () => {
  it('is not there on H5, which has no subscription messages', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    renderWithSwr(<BookingPanel booking={waiting} />)
    expect(screen.getByText('候补第 4 位')).toBeVisible()
    expect(screen.queryByRole('region', { name: '微信提醒递补与开场' })).toBeNull()
    expect(screen.queryByRole('button', { name: '接收提醒' })).toBeNull()
  })

  it('in WeChat asks for both waitlist templates from the tap, then is gone', async () => {
    mockPlatform.weapp = true
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    panel.mockResolvedValue({ 'tmpl-waitlist': 'accept', 'tmpl-reminder': 'accept' })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    const user = userEvent.setup()
    renderWithSwr(<BookingPanel booking={waiting} />)
    expect(screen.getByRole('region', { name: '微信提醒递补与开场' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: '接收提醒' }))
    expect(panel).toHaveBeenCalledTimes(1)
    expect(panel).toHaveBeenCalledWith(['tmpl-waitlist', 'tmpl-reminder'])
    await waitFor(() => expect(toast).toHaveBeenCalledWith({ title: '已开启微信提醒', icon: 'none' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: '微信提醒递补与开场' })).toBeNull())
  })
})
