import { View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import { useState } from 'react'

import type { FollowUpStatus } from '@/api/contract/schemas/follow-up'
import { FilterTabs } from '@/components/filter-tabs'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { FOLLOW_UP_STATUS_LABELS } from '@/features/follow-ups/follow-up-format'
import { FollowUpList } from '@/features/follow-ups/follow-up-list'
import { useFollowUpPages } from '@/features/follow-ups/use-follow-ups'
import { useCareClass } from '@/features/profile/care-mode'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { useShowAgain } from '@/utils/use-show-again'

const ROLES = ['admin'] as const
const TABS = (['pending', 'recorded', 'solved'] as const).map((key) => ({
  key,
  label: FOLLOW_UP_STATUS_LABELS[key],
}))

/** The follow-ups the centre owes (overdue first), those waiting for the owner, and the solved. */
export default function FollowUpsPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const [status, setStatus] = useState<FollowUpStatus>('pending')
  const list = useFollowUpPages(status)
  useShowAgain(() => void list.mutate())
  usePullRefresh(() => list.mutate())
  useReachBottom(list.loadMore)
  if (!user) return null
  return (
    <View className={rootClass}>
      <PageBanner title="服务回访" subtitle="不满意及以下的评价，2 个工作日内电话或上门回访" />
      <FilterTabs tabs={TABS} value={status} onChange={setStatus} label="按回访状态筛选" />
      <SectionCard title={FOLLOW_UP_STATUS_LABELS[status]}>
        <FollowUpList list={list} onOpen={(f) => void go(routes.followUp({ id: f.id }))} />
      </SectionCard>
    </View>
  )
}
