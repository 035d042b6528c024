import { act, renderHook, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { PropsWithChildren } from 'react'
import { SWRConfig } from 'swr'

import { createServiceRequest } from '@/api/endpoints/service-requests'
import { useRequestPages } from '@/features/requests/use-requests'
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
    await waitFor(() => expect(screen.getAllByRole('link')).toHaveLength(20))
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
})
