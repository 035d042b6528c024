import Taro from '@tarojs/taro'
import { act, renderHook, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { PropsWithChildren } from 'react'
import { SWRConfig } from 'swr'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import { bookSalon, cancelBooking } from '@/api/endpoints/salons'
import { NoticeBell } from '@/features/notices/notice-entries'
import { useNoticeList } from '@/features/notices/use-notices'
import NoticesPage from '@/pages/notices/index'
import { randomId } from '@/utils/id'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

/** The liaison of 飞快通航 asks for materials on its in-progress financing request, from another app. */
const askForMaterials = () =>
  act(() =>
    getMockBackend().handle({
      method: 'POST',
      path: '/api/v1/service-requests/req-0005/actions',
      headers: { authorization: 'Bearer demo-usr-spec-04', 'content-type': 'application/json' },
      body: { action: 'request_materials', note: '请补充近三年财务报表' },
    }),
  )

const wrapper = ({ children }: PropsWithChildren) => (
  <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{children}</SWRConfig>
)

const unreadRows = () => screen.queryAllByRole('listitem', { name: /^未读，/ })

describe('notice centre', () => {
  it('shows a notice the moment it is made, opens its request on tap and counts down', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const user = userEvent.setup()
    renderWithSwr(
      <>
        <NoticeBell />
        <NoticesPage />
      </>,
    )
    // The seed's completed, unrated request is past its 3 days: an invitation to rate is waiting.
    const list = await screen.findByRole('list', { name: '通知列表' })
    expect(within(list).getByRole('listitem', { name: '未读，邀请您评价服务' })).toBeVisible()
    const before = unreadRows().length
    expect(screen.getByRole('button', { name: `通知，${before} 条未读` })).toBeVisible()

    expect((await askForMaterials()).status).toBe(200)
    // Live: the row arrives on top and the bell counts up, with no refresh by the user.
    await waitFor(() => expect(unreadRows()).toHaveLength(before + 1))
    const row = within(list).getAllByRole('listitem')[0]!
    expect(row).toHaveAccessibleName('未读，需要补充材料')
    expect(within(row).getByText(/请补充近三年财务报表/)).toBeVisible()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `通知，${before + 1} 条未读` })).toBeVisible(),
    )
    expect(screen.getByRole('region', { name: `通知（${before + 1} 条未读）` })).toBeVisible()

    await user.click(row)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/requests/detail/index?id=req-0005' })
    await waitFor(() => expect(screen.getByRole('button', { name: `通知，${before} 条未读` })).toBeVisible())
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]).toHaveAccessibleName('需要补充材料'))

    await user.click(screen.getByRole('button', { name: '全部已读' }))
    await waitFor(() => expect(unreadRows()).toHaveLength(0))
    expect(screen.getByRole('button', { name: '通知' })).toBeVisible()
    expect(screen.getByRole('region', { name: '通知' })).toBeVisible()
  })

  it('says what will appear here when there is nothing yet', async () => {
    // An admin has no notices in the seed.
    await signInAs('admin')
    renderWithSwr(<NoticesPage />)
    expect(await screen.findByText('暂无通知')).toBeVisible()
    expect(screen.getByRole('button', { name: '全部已读' })).toHaveAttribute('aria-disabled', 'true')
  })
})

describe('notice paging', () => {
  it('loads 20 at a time by cursor and stops at the end', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    // 21 bookings made and withdrawn: one 报名成功 each, besides the seed's invitation to rate.
    for (let i = 0; i < 21; i += 1) {
      const booking = await bookSalon('sal-01', randomId('book-'))
      await cancelBooking(booking.id)
    }
    const { result } = renderHook(() => useNoticeList(), { wrapper })
    await waitFor(() => expect(result.current.items).toHaveLength(20))
    expect(result.current.hasMore).toBe(true)
    act(() => result.current.loadMore())
    await waitFor(() => expect(result.current.items).toHaveLength(22))
    expect(result.current.hasMore).toBe(false)
    expect(new Set(result.current.items?.map((n) => n.id)).size).toBe(22)
    expect(result.current.items?.at(-1)?.kind).toBe('rating_invitation')
  })
})
