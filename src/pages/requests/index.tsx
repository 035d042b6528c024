import { View } from '@tarojs/components'
import { useState } from 'react'

import { AsyncView } from '@/components/async-view'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useReachBottom } from '@/components/use-reach-bottom'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { awaitsOwner } from '@/features/requests/materials-request'
import { OwnerTodos, openRequest, openToSupply } from '@/features/requests/owner-todos'
import { RequestList } from '@/features/requests/request-list'
import { OWNER_TAB_ORDER, StatusTabs, type StatusFilter } from '@/features/requests/status-tabs'
import {
  countByStatus,
  useAllRequests,
  useRequestPages,
  useRequestUpdates,
} from '@/features/requests/use-requests'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { useShowAgain } from '@/utils/use-show-again'

const ROLES = ['owner'] as const

export default function MyRequestsPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const [status, setStatus] = useState<StatusFilter>('')
  const pages = useRequestPages(status)
  const all = useAllRequests()
  // The counts on the tabs follow a change the specialist makes, as the list does.
  useRequestUpdates()
  useReachBottom(() => pages.loadMore())
  usePullRefresh(() => Promise.all([pages.mutate(), all.mutate()]))
  // Back from a detail where something changed: the list under it is stale.
  useShowAgain(() => void Promise.all([pages.mutate(), all.mutate()]))
  const choose = (next: StatusFilter) => {
    pages.rewind()
    setStatus(next)
  }
  if (!user) return null
  // Under 全部, what waits for the owner leads the page, and the list below doesn't repeat it.
  const todos = status === '' ? (all.data?.filter(awaitsOwner) ?? []) : []
  const listed = todos.length ? pages.items?.filter((request) => !awaitsOwner(request)) : pages.items
  return (
    <View className={rootClass}>
      <StatusTabs
        statuses={OWNER_TAB_ORDER}
        value={status}
        counts={countByStatus(all.data)}
        total={all.data?.length}
        onChange={choose}
      />
      <OwnerTodos requests={todos} />
      <AsyncView
        data={listed}
        error={pages.error}
        loading={pages.isLoading}
        onRetry={() => void pages.mutate()}
        isEmpty={(items) => items.length === 0 && todos.length === 0}
        empty={{
          title: status ? '这个状态下没有申请' : '还没有申请',
          description: '在「服务」里选一项，专员当天就会联系您',
          actionText: '去办理',
          onAction: () => void go(routes.services()),
        }}
      >
        {(items) => (
          <RequestList
            requests={items}
            onOpen={openRequest}
            onSupply={openToSupply}
            footer={pages.loadingMore ? '加载中…' : pages.hasMore ? '上滑加载更多' : '没有更多了'}
          />
        )}
      </AsyncView>
    </View>
  )
}
