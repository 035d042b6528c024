import Taro from '@tarojs/taro'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { Conversation } from '@/api/contract/schemas/chat'
import { getServiceRequests } from '@/api/endpoints/service-requests'
import { isOpen } from '@/features/requests/request-status'
import WorkbenchPage from '@/specialist/workbench/index'
import { useChatStore } from '@/stores/chat-store'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

/** The queue's cards as a screen reader lists them: one link each, named by what the card shows. */
const cards = (name?: RegExp) => {
  const region =
    screen.queryByRole('region', { name: '待办队列' }) ?? screen.getByRole('region', { name: '申请' })
  return within(region).queryAllByRole('link', { name })
}
const filterTab = (name: string | RegExp) =>
  within(screen.getByRole('tablist', { name: '按状态筛选' })).getByRole('tab', { name })

const conversation: Conversation = {
  id: 'conv-x',
  enterpriseId: 'ent-01',
  specialistId: 'usr-spec-01',
  title: '重庆飞快通航科技有限公司',
  lastSeq: 3,
  lastReadSeq: 0,
  unreadCount: 0,
  updatedAt: new Date().toISOString(),
}

describe('WorkbenchPage (specialist queue)', () => {
  it('opens on open work only, overdue first, with each card naming its enterprise', async () => {
    const user = userEvent.setup()
    await signInAs('specialist', (account) => account.userId === 'usr-spec-01')
    const mine = (await getServiceRequests({ limit: 100 })).items
    const open = mine.filter(isOpen)
    // The seed gives this specialist finished work too, which the default view must leave out.
    expect(open.length).toBeLessThan(mine.length)
    renderWithSwr(<WorkbenchPage />)

    await waitFor(() => expect(cards()).toHaveLength(open.length))
    expect(filterTab(`待办 ${open.length}`)).toHaveAttribute('aria-selected', 'true')
    expect(cards(/已办结|已撤销/)).toHaveLength(0)
    const overdue = cards(/已逾期/)
    expect(overdue.length).toBeGreaterThan(0)
    expect(cards().slice(0, overdue.length)).toEqual(overdue)
    expect(cards(/重庆飞快通航科技有限公司/).length).toBeGreaterThan(0)

    await user.click(cards()[0]!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: expect.stringMatching(/^\/specialist\/request\/index\?id=/),
    })
  })

  it('shows finished work on its own tab, and everything under 全部', async () => {
    const user = userEvent.setup()
    await signInAs('specialist', (account) => account.userId === 'usr-spec-01')
    const mine = (await getServiceRequests({ limit: 100 })).items
    const completed = mine.filter((request) => request.status === 'completed').length
    expect(completed).toBeGreaterThan(0)
    renderWithSwr(<WorkbenchPage />)
    await waitFor(() => expect(filterTab(`已办结 ${completed}`)).toBeInTheDocument())

    await user.click(filterTab(`已办结 ${completed}`))
    await waitFor(() => expect(cards()).toHaveLength(completed))
    expect(cards(/，已办结，/)).toHaveLength(completed)
    expect(filterTab(`已办结 ${completed}`)).toHaveAttribute('aria-selected', 'true')
    expect(filterTab(/^待办/)).toHaveAttribute('aria-selected', 'false')

    await user.click(filterTab(`全部 ${mine.length}`))
    await waitFor(() => expect(cards()).toHaveLength(mine.length))
    // Every card of a specialist with three months of history, rendered twice in jsdom: seconds on a
    // loaded 2-core machine.
  }, 30_000)

  it('has the specialist tab bar: 工作台 selected, 消息 with the unread count, a tab replaces the page', async () => {
    const user = userEvent.setup()
    await signInAs('specialist', (account) => account.userId === 'usr-spec-01')
    renderWithSwr(<WorkbenchPage />)
    const bar = await screen.findByRole('tablist', { name: '导航' })
    const tabs = within(bar).getAllByRole('tab')
    expect(tabs.map((tab) => tab.textContent)).toEqual(['工作台', '我的企业', '消息', '我的'])
    expect(within(bar).getByRole('tab', { name: '工作台' })).toHaveAttribute('aria-selected', 'true')

    // The badge follows the chat store's unread total.
    expect(within(bar).getByRole('tab', { name: '消息' })).toBeInTheDocument()
    act(() => {
      useChatStore.setState({ conversations: { 'conv-x': { ...conversation, unreadCount: 3 } } })
    })
    expect(within(bar).getByRole('tab', { name: '消息，3 条未读' })).toHaveTextContent('3')

    await user.click(within(bar).getByRole('tab', { name: '我的企业' }))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/specialist/enterprises/index' })
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })
})
