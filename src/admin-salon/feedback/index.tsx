import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { SalonFeedbackSummaryView } from '@/features/salons/salon-feedback-summary'
import { useSalonFeedback } from '@/features/salons/use-salon-feedback'
import { useSalon } from '@/features/salons/use-salons'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['admin'] as const

/** 活动反馈 of one salon (attendance, 未到, scores, comments): in admin-salon, as admin is at its budget. */
export default function SalonFeedbackPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const { id } = usePageParams('salonFeedback')
  const salon = useSalon(id)
  const summary = useSalonFeedback(id)
  if (!user) return null
  return (
    <View className={rootClass}>
      <AsyncView query={summary} empty={{ title: '' }}>
        {(data) => (
          <SectionCard title={salon.data?.title ?? '活动反馈'}>
            <SalonFeedbackSummaryView summary={data} />
          </SectionCard>
        )}
      </AsyncView>
    </View>
  )
}
