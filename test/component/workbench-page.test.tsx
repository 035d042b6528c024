import Taro from '@tarojs/taro'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import type { Conversation } from '@/api/contract/schemas/chat'
import type { ServiceRequest } from '@/api/contract/schemas/service-request'
import { getServiceRequests } from '@/api/endpoints/service-requests'
import { realtime } from '@/api/realtime/realtime'
import { isOpen } from '@/features/requests/request-status'
import WorkbenchPage from '@/specialist/workbench/index'
import { useChatStore } from '@/stores/chat-store'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

/**
 * The queue's cards as a screen reader lists them: one link each, named by what the card shows.
 * Waits compare their number, not the elements: a poll that fails pretty-prints what it received, and
 * printing 40 cards on every DOM change while a page renders took seconds per page.
 */
const cards = (name?: RegExp) => {
  const region =
    screen.queryByRole('region', { name: '待办队列' }) ?? screen.getByRole('region', { name: '申请' })
  return within(region).queryAllByRole('link', { name })
}
/** The page's reach-bottom hook, held so a test can scroll to the end (jsdom has no page instance). */
const mockReachBottom: { current?: () => void } = {}
jest.mock('@/components/use-reach-bottom', () => ({
  useReachBottom: (onReachBottom: () => void) => {
    mockReachBottom.current = onReachBottom
  },
}))
const reachBottom = () => mockReachBottom.current!()

const PAGE = 20
const numberOf = (card: HTMLElement) => /QF\d{8}-\d{4}/.exec(card.getAttribute('aria-label') ?? '')![0]

/** Every request the signed-in user may see, page after page (a specialist has more than one page). */
async function everyRequest(): Promise<ServiceRequest[]> {
  const all: ServiceRequest[] = []
  let cursor: string | undefined
  do {
    const page = await getServiceRequests({ limit: 100, cursor })
    all.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return all
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
    const mine = await everyRequest()
    const open = mine.filter(isOpen)
    // The seed gives this specialist finished work too, which the default view must leave out.
    expect(open.length).toBeLessThan(mine.length)
    renderWithSwr(<WorkbenchPage />)

    await waitFor(() => expect(cards().length).toBe(open.length))
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

  it('pages 已办结 like 我的申请: 20 cards first, the next 20 at the end of the list, 没有更多了 at the last', async () => {
    const user = userEvent.setup()
    await signInAs('specialist', (account) => account.userId === 'usr-spec-01')
    const mine = await everyRequest()
    const completed = mine.filter((request) => request.status === 'completed').length
    // Months of seeded history: several pages, the last one short.
    expect(completed).toBeGreaterThan(2 * PAGE)
    renderWithSwr(<WorkbenchPage />)
    // The tab numbers are the real totals, not what is loaded.
    await user.click(await screen.findByRole('tab', { name: `已办结 ${completed}` }))
    expect(filterTab(`已办结 ${completed}`)).toHaveAttribute('aria-selected', 'true')
    expect(filterTab(/^待办/)).toHaveAttribute('aria-selected', 'false')

    await waitFor(() => expect(cards().length).toBe(PAGE))
    expect(screen.getByText('上滑加载更多')).toBeInTheDocument()
    let shown = PAGE
    while (shown < completed) {
      act(() => reachBottom())
      const expected = Math.min(shown + PAGE, completed)
      await waitFor(() => expect(cards().length).toBe(expected))
      shown = expected
    }
    expect(screen.getByText('没有更多了')).toBeInTheDocument()
    expect(cards(/，已办结，/)).toHaveLength(completed)
    expect(new Set(cards().map(numberOf)).size).toBe(completed)
    // The end reached again asks for nothing more.
    act(() => reachBottom())
    expect(cards()).toHaveLength(completed)

    // Another tab starts again at its first page, and so does this one when it is shown again.
    await user.click(filterTab(`全部 ${mine.length}`))
    await waitFor(() => expect(cards().length).toBe(PAGE))
    await user.click(filterTab(`已办结 ${completed}`))
    await waitFor(() => expect(cards(/，已办结，/).length).toBe(PAGE))
    expect(cards()).toHaveLength(PAGE)
    expect(screen.getByText('上滑加载更多')).toBeInTheDocument()
  }, 30_000)

  it('a change pushed by the server refreshes the loaded pages in place: none lost, none twice', async () => {
    const user = userEvent.setup()
    await signInAs('specialist', (account) => account.userId === 'usr-spec-01')
    renderWithSwr(<WorkbenchPage />)
    await waitFor(() => expect(realtime.status).toBe('open'))
    const all = await screen.findByRole('tab', { name: /^全部 \d+/ })
    await user.click(all)
    await waitFor(() => expect(cards().length).toBe(PAGE))
    act(() => reachBottom())
    await waitFor(() => expect(cards().length).toBe(2 * PAGE))
    const inProgress = (await everyRequest()).filter(
      (request) => request.status === 'in_progress' && request.assigneeId === 'usr-spec-01',
    )
    const target = inProgress[0]!
    expect(cards().map(numberOf)).toContain(target.number)
    const before = Number(/\d+$/.exec(filterTab(/^已办结/).textContent ?? '')![0])

    // Finished on another phone: open work leads the queue, so the request leaves the first page and
    // every card after it moves up one. A second page left as it was would show one card twice.
    const done = await getMockBackend().handle({
      method: 'POST',
      path: `/api/v1/service-requests/${target.id}/actions`,
      headers: { authorization: 'Bearer demo-usr-spec-01' },
      body: { action: 'complete', note: '已办结，材料已交企业' },
    })
    expect(done.status).toBe(200)

    await waitFor(() => expect(filterTab(`已办结 ${before + 1}`)).toBeInTheDocument())
    const expected = (await getServiceRequests({ sort: 'due', limit: 2 * PAGE })).items.map((r) => r.number)
    await waitFor(() => expect(cards().map(numberOf)).toEqual(expected))
    expect(cards(new RegExp(target.number))).toEqual(
      expected.includes(target.number) ? [expect.anything()] : [],
    )
    expect(screen.getByText('上滑加载更多')).toBeInTheDocument()
  })

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
