import { View } from '@tarojs/components'
import { useState } from 'react'

import { REQUEST_STATUSES } from '@/api/contract/schemas/service-request'
import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { AccountCard } from '@/features/auth/account-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { MessagesEntry } from '@/features/chat/messages-entry'
import { byUrgency } from '@/features/requests/due-date'
import { RequestList } from '@/features/requests/request-list'
import { StatusTabs, type StatusFilter } from '@/features/requests/status-tabs'
import { useEnterpriseNames } from '@/features/requests/use-enterprise-names'
import {
  countByStatus,
  useAllRequests,
  useRefreshOnShow,
  useRequestUpdates,
} from '@/features/requests/use-requests'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

const ROLES = ['specialist'] as const

export default function WorkbenchPage() {
  const user = useRoleGuard(ROLES)
  const [status, setStatus] = useState<StatusFilter>('')
  const all = useAllRequests()
  const enterpriseName = useEnterpriseNames()
  useRequestUpdates()
  useRefreshOnShow(() => all.mutate())
  usePullRefresh(() => all.mutate())
  if (!user) return null
  const queue = all.data
    ?.filter((request) => !status || request.status === status)
    .sort((a, b) => byUrgency(a, b))
  return (
    <View className="page">
      <PageBanner title="工作台" subtitle="我服务企业的申请，逾期优先" />
      <StatusTabs
        statuses={REQUEST_STATUSES}
        value={status}
        counts={countByStatus(all.data)}
        total={all.data?.length}
        onChange={setStatus}
      />
      <SectionCard
        title="待办队列"
        extra={
          <View className="chip chip--primary" onClick={() => void go(routes.enterprises())}>
            我的企业
          </View>
        }
      >
        <AsyncView
          data={queue}
          error={all.error}
          loading={all.isLoading}
          onRetry={() => void all.mutate()}
          isEmpty={(list) => list.length === 0}
          empty={{ title: '暂无待办', description: '有企业提交申请后会出现在这里' }}
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
      <SectionCard title="我的账号" extra={<MessagesEntry />}>
        <AccountCard user={user} />
      </SectionCard>
    </View>
  )
}
