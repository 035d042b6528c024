import { View } from '@tarojs/components'
import { useState } from 'react'

import type { RequestStatus, ServiceRequestCounts } from '@/api/contract/schemas/service-request'
import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useReachBottom } from '@/components/use-reach-bottom'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { MyFiguresCard } from '@/features/figures/my-figures-card'
import { useCareClass } from '@/features/profile/care-mode'
import { RequestList } from '@/features/requests/request-list'
import { OPEN_STATUSES } from '@/features/requests/request-status'
import { useEnterpriseNames } from '@/features/requests/use-enterprise-names'
import {
  useRefreshOnShow,
  useRequestCounts,
  useRequestPages,
  useRequestUpdates,
} from '@/features/requests/use-requests'
import { RoleTabBar } from '@/features/session/role-tab-bar'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import { QUEUE_FILTERS, QueueTabs, type QueueFilter } from './queue-tabs'

const ROLES = ['specialist'] as const

/** The statuses a tab lists ('' for all): 待办 is every open status. */
const statusesOf = (filter: QueueFilter): RequestStatus | readonly RequestStatus[] | '' =>
  filter === 'open' ? OPEN_STATUSES : filter === 'all' ? '' : filter

function emptyFor(filter: QueueFilter) {
  if (filter === 'open') return { title: '暂无待办', description: '企业提交申请或补充材料后会出现在这里' }
  if (filter === 'all') return { title: '暂无申请', description: '有企业提交申请后会出现在这里' }
  return { title: '暂无此状态的申请', description: '换个状态看看' }
}

/** Per tab, from the backend's counts (the lists load a page at a time); undefined while they load. */
function countsOf(counts: ServiceRequestCounts | undefined): Record<QueueFilter, number> | undefined {
  if (!counts) return undefined
  const { byStatus, total } = counts
  const open = OPEN_STATUSES.reduce((sum, status) => sum + byStatus[status], 0)
  return Object.fromEntries(
    QUEUE_FILTERS.map((key) => [key, key === 'all' ? total : key === 'open' ? open : byStatus[key]]),
  ) as Record<QueueFilter, number>
}

export default function WorkbenchPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const [filter, setFilter] = useState<QueueFilter>('open')
  // A page of cards at a time in the backend's queue order (overdue first), the next at the list's end:
  // 已办结 grows with months of history, and every card rendered is setData on a phone.
  const pages = useRequestPages(statusesOf(filter), { sort: 'due' })
  const counts = useRequestCounts()
  const enterpriseName = useEnterpriseNames()
  useRequestUpdates()
  useReachBottom(() => pages.loadMore())
  const reload = () => Promise.all([pages.mutate(), counts.mutate()])
  useRefreshOnShow(reload)
  usePullRefresh(reload)
  const choose = (next: QueueFilter) => {
    pages.rewind()
    setFilter(next)
  }
  if (!user) return null
  return (
    <View className={rootClass}>
      <PageBanner title="工作台" subtitle="我服务企业的申请，逾期优先" />
      <QueueTabs value={filter} counts={countsOf(counts.data)} onChange={choose} />
      <SectionCard title={filter === 'open' ? '待办队列' : '申请'}>
        <AsyncView
          data={pages.items}
          error={pages.error}
          loading={pages.isLoading}
          onRetry={() => void pages.mutate()}
          isEmpty={(list) => list.length === 0}
          empty={emptyFor(filter)}
        >
          {(list) => (
            <RequestList
              requests={list}
              enterpriseName={enterpriseName}
              onOpen={(request) => void go(routes.specialistRequest({ id: request.id }))}
              footer={pages.loadingMore ? '加载中…' : pages.hasMore ? '上滑加载更多' : '没有更多了'}
            />
          )}
        </AsyncView>
      </SectionCard>
      <SectionCard title="我的本月数据">
        <MyFiguresCard />
      </SectionCard>
      <RoleTabBar role="specialist" current="workbench" />
    </View>
  )
}
