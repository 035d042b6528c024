import { act, renderHook, waitFor } from '@testing-library/react'
import type { PropsWithChildren } from 'react'
import { SWRConfig } from 'swr'

import { createServiceRequest } from '@/api/endpoints/service-requests'
import { useRequestPages } from '@/features/requests/use-requests'

import { signInAs } from '../support/session'

const wrapper = ({ children }: PropsWithChildren) => (
  <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{children}</SWRConfig>
)

describe('useRequestPages (我的申请 paging)', () => {
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

  it('filters by status', async () => {
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    const { result } = renderHook(() => useRequestPages('completed'), { wrapper })
    await waitFor(() => expect(result.current.items?.length).toBeGreaterThan(0))
    expect(result.current.items!.every((r) => r.status === 'completed')).toBe(true)
  })
})
