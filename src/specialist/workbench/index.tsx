import { View } from '@tarojs/components'
import { useState } from 'react'

import type { ServiceRequest } from '@/api/contract/schemas/service-request'
import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { MyFiguresCard } from '@/features/figures/my-figures-card'
import { useCareClass } from '@/features/profile/care-mode'
import { byUrgency } from '@/features/requests/due-date'
import { RequestList } from '@/features/requests/request-list'
import { isOpen } from '@/features/requests/request-status'
import { useEnterpriseNames } from '@/features/requests/use-enterprise-names'
import {
  countByStatus,
  useAllRequests,
  useRefreshOnShow,
  useRequestUpdates,
} from '@/features/requests/use-requests'
import { RoleTabBar } from '@/features/session/role-tab-bar'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

import { QUEUE_FILTERS, QueueTabs, type QueueFilter } from './queue-tabs'

const ROLES = ['specialist'] as const

const matches = (filter: QueueFilter) => (request: ServiceRequest) =>
  filter === 'all' || (filter === 'open' ? isOpen(request) : request.status === filter)

function emptyFor(filter: QueueFilter) {
  if (filter === 'open') return { title: '暂无待办', description: '企业提交申请或补充材料后会出现在这里' }
  if (filter === 'all') return { title: '暂无申请', description: '有企业提交申请后会出现在这里' }
  return { title: '暂无此状态的申请', description: '换个状态看看' }
}

/** Per tab; undefined while the list loads. */
function countsOf(requests: ServiceRequest[] | undefined): Record<QueueFilter, number> | undefined {
  if (!requests) return undefined
  const byStatus = countByStatus(requests)
  return Object.fromEntries(
    QUEUE_FILTERS.map((key) => [
      key,
      key === 'all'
        ? requests.length
        : key === 'open'
          ? requests.filter(isOpen).length
          : (byStatus[key] ?? 0),
    ]),
  ) as Record<QueueFilter, number>
}

export default function WorkbenchPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const [filter, setFilter] = useState<QueueFilter>('open')
  const all = useAllRequests()
  const enterpriseName = useEnterpriseNames()
  useRequestUpdates()
  useRefreshOnShow(() => all.mutate())
  usePullRefresh(() => all.mutate())
  if (!user) return null
  const queue = all.data?.filter(matches(filter)).sort((a, b) => byUrgency(a, b))
  return (
    <View className={rootClass}>
      <PageBanner title="工作台" subtitle="我服务企业的申请，逾期优先" />
      <QueueTabs value={filter} counts={countsOf(all.data)} onChange={setFilter} />
      <SectionCard title={filter === 'open' ? '待办队列' : '申请'}>
        <AsyncView
          data={queue}
          error={all.error}
          loading={all.isLoading}
          onRetry={() => void all.mutate()}
          isEmpty={(list) => list.length === 0}
          empty={emptyFor(filter)}
        >
          {(list) => (
            <RequestList
              requests={list}
              enterpriseName={enterpriseName}
              onOpen={(request) => void go(routes.specialistRequest({ id: request.id }))}
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
