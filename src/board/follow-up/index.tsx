import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { FollowUpSummary } from '@/features/follow-ups/follow-up-summary'
import { RecordForm } from '@/features/follow-ups/record-form'
import { useFollowUp } from '@/features/follow-ups/use-follow-ups'
import { useCareClass } from '@/features/profile/care-mode'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['admin'] as const

/** One follow-up: the rating that opened it, what has been done, and the form to record a call or visit. */
export default function FollowUpPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const { id } = usePageParams('followUp')
  const followUp = useFollowUp(id)
  usePullRefresh(() => followUp.mutate())
  if (!user) return null
  return (
    <View className={rootClass}>
      <AsyncView query={followUp} empty={{ title: '' }} skeletonCards={2}>
        {(data) => (
          <View>
            <PageBanner
              title={data.enterpriseName}
              subtitle={`${data.requestNumber} · 专员 ${data.specialistName}`}
            />
            <SectionCard title="回访">
              <FollowUpSummary followUp={data} />
            </SectionCard>
            {data.status === 'pending' ? (
              <SectionCard title={data.rounds > 1 ? '记录再次回访' : '记录回访'}>
                <RecordForm followUp={data} />
              </SectionCard>
            ) : null}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
