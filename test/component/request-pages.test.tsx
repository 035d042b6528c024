import Taro from '@tarojs/taro'
import { act, renderHook, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import dayjs from 'dayjs'
import type { PropsWithChildren } from 'react'
import { SWRConfig } from 'swr'

import { STATUS_LABELS } from '@/api/contract/rules/labels'
import {
  actOnServiceRequest,
  createServiceRequest,
  getServiceRequests,
} from '@/api/endpoints/service-requests'
import { OWNER_TAB_ORDER } from '@/features/requests/status-tabs'
import { countByStatus, useRequestPages } from '@/features/requests/use-requests'
import MyRequestsPage from '@/pages/requests/index'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

const wrapper = ({ children }: PropsWithChildren) => (
  <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{children}</SWRConfig>
)

describe('我的申请 paging', () => {
  // The next page loads on the page's onReachBottom, a lifecycle event only a real page instance
  // receives (jsdom has none, the e2e journeys scroll for real), so paging drives the hook itself.
  it('loads 20 at a time by cursor and stops at the end', async () => {
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    for (let i = 0; i < 20; i += 1) {
      await createServiceRequest({
        serviceType: 'legal_support',
        fields: { topic: '合同审查', description: `第 ${i + 1} 份合同`, contactPhone: '13800001234' },
      })
    }
    const { result } = renderHook(() => useRequestPages(''), { wrapper })
    await waitFor(() => expect(result.current.items).toHaveLength(20))
    expect(result.current.hasMore).toBe(true)

    act(() => result.current.loadMore())
    // 7 seeded + 20 new.
    await waitFor(() => expect(result.current.items).toHaveLength(27))
    expect(result.current.hasMore).toBe(false)
    expect(new Set(result.current.items!.map((r) => r.id)).size).toBe(27)
  })

  it('shows the first page and says more are there', async () => {
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    for (let i = 0; i < 20; i += 1) {
      await createServiceRequest({
        serviceType: 'legal_support',
        fields: { topic: '合同审查', description: `第 ${i + 1} 份合同`, contactPhone: '13800001234' },
      })
    }
    renderWithSwr(<MyRequestsPage />)
    // The page of 20 under the one request waiting for materials, which leads the page whatever its age.
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(21))
    const todo = screen.getByRole('region', { name: '待您补充材料（1）' })
    expect(within(todo).getAllByRole('link')).toHaveLength(1)
    expect(screen.getByText('上滑加载更多')).toBeInTheDocument()
  })

  it('filters by status when the owner picks a tab', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    renderWithSwr(<MyRequestsPage />)
    const completed = await screen.findByRole('tab', { name: /^已办结 [1-9]/ })
    const count = Number(/\d+$/.exec(completed.textContent ?? '')![0])
    await user.click(completed)
    expect(completed).toHaveAttribute('aria-selected', 'true')
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(count))
    expect(screen.getAllByRole('link', { name: /，已办结，/ })).toHaveLength(count)
    expect(screen.getByText('没有更多了')).toBeInTheDocument()
  })

  it('puts what waits for the owner first: 待补充材料 is the first status tab, its request leads 全部', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    renderWithSwr(<MyRequestsPage />)
    const tabs = async () => {
      await screen.findByRole('tab', { name: /^全部 \d+$/ })
      return screen.getAllByRole('tab').map((tab) => tab.getAttribute('aria-label'))
    }
    expect((await tabs())[1]).toBe('待补充材料 1')
    const todo = await screen.findByRole('region', { name: '待您补充材料（1）' })
    expect(within(todo).getByText('请补充上传法定代表人身份证复印件（正反面）。')).toBeVisible()
    // Not again in the list under it.
    await waitFor(() => expect(screen.getAllByRole('link', { name: /，待补充材料，/ })).toHaveLength(1))

    await user.click(within(todo).getByRole('button', { name: '补充材料' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: expect.stringMatching(/^\/pages\/requests\/detail\/index\?id=[^&]+&supply=1$/),
    })

    // Its own tab: the card quotes the request and has the same button.
    await user.click(screen.getByRole('tab', { name: '待补充材料 1' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: /^待您补充材料/ })).toBeNull())
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(1))
    expect(screen.getByRole('button', { name: '补充材料' })).toBeVisible()
  })

  it('shows only the statuses that have requests, besides 全部', async () => {
    // 郑云帆 (usr-owner-04) has requests in two statuses only.
    await signInAs('owner', (account) => account.userId === 'usr-owner-04')
    const counts = countByStatus((await getServiceRequests({ limit: 100 })).items)
    renderWithSwr(<MyRequestsPage />)
    await screen.findByRole('tab', { name: /^全部 \d+$/ })
    const shown = screen.getAllByRole('tab').map((tab) => tab.getAttribute('aria-label'))
    const expected = OWNER_TAB_ORDER.filter((status) => counts[status]).map(
      (status) => `${STATUS_LABELS[status]} ${counts[status]}`,
    )
    expect(expected.length).toBeLessThan(OWNER_TAB_ORDER.length)
    expect(shown).toEqual([expect.stringMatching(/^全部 /), ...expected])
  })

  it('keeps the selected tab when its last request moves on, and drops it once the owner leaves it', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    const [waiting] = (await getServiceRequests({ status: 'awaiting_materials', limit: 100 })).items
    renderWithSwr(<MyRequestsPage />)
    await user.click(await screen.findByRole('tab', { name: '待补充材料 1' }))
    await screen.findByRole('link', { name: new RegExp(waiting!.number) })

    // Supplied from another phone: the server tells this one, which refreshes the list and the counts.
    // (In act: the in-process server pushes the event to this screen while the call is still running.)
    await act(async () => {
      await actOnServiceRequest(waiting!.id, { action: 'submit_materials', note: '已补充' }, 'k-supply')
    })
    const tab = await screen.findByRole('tab', { name: '待补充材料 0' })
    expect(tab).toHaveAttribute('aria-selected', 'true')
    expect(await screen.findByText('这个状态下没有申请')).toBeVisible()

    await user.click(screen.getByRole('tab', { name: /^全部 / }))
    await waitFor(() => expect(screen.queryByRole('tab', { name: /^待补充材料/ })).toBeNull())
    // Under 全部 it is an ordinary card now, in progress again.
    expect(
      await screen.findByRole('link', { name: new RegExp(`^.+，办理中，.*${waiting!.number}`) }),
    ).toBeVisible()
    expect(await screen.findByText('没有更多了')).toBeVisible()
  })

  it('tells two requests of the same type apart by what was asked, the number and the day', async () => {
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    const a = await createServiceRequest({
      serviceType: 'legal_support',
      fields: {
        topic: '合同审查',
        description: '审查与上游供应商的采购框架合同',
        contactPhone: '13800001234',
      },
    })
    const b = await createServiceRequest({
      serviceType: 'legal_support',
      fields: { topic: '劳动用工', description: '新员工劳动合同模板', contactPhone: '13800001234' },
    })
    renderWithSwr(<MyRequestsPage />)
    const first = await screen.findByRole('link', { name: new RegExp(`${b.number}`) })
    const second = screen.getByRole('link', { name: new RegExp(`${a.number}`) })
    expect(first).toHaveAccessibleName(/^法务支持，已提交，新员工劳动合同模板，QF\S+，\d+月\d+日提交，/)
    expect(second).toHaveAccessibleName(/^法务支持，已提交，审查与上游供应商的采购框架合同，/)
    expect(within(first).getByText('新员工劳动合同模板')).toBeVisible()
    expect(within(first).getByText(new RegExp(`^${b.number} · \\d+月\\d+日提交$`))).toBeVisible()
  })

  it('says when a completed request was completed and how long it took, not when it was due', async () => {
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    const done = (await getServiceRequests({ status: 'completed', limit: 100 })).items[0]!
    renderWithSwr(<MyRequestsPage />)
    const card = await screen.findByRole('link', { name: new RegExp(done.number) })
    const day = dayjs(done.completedAt).format('M月D日')
    expect(card).toHaveAccessibleName(new RegExp(`，已于 ${day} 办结 · 用时(不到 1| \\d+) 个工作日$`))
    expect(card).not.toHaveAccessibleName(/到期/)
    expect(within(card).getByText(new RegExp(`^已于 ${day} 办结`))).toBeVisible()
  })
})
