import { View } from '@tarojs/components'

import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { OwnerFollowUp } from '@/features/follow-ups/owner-follow-up'
import { useCareClass } from '@/features/profile/care-mode'
import { AskSpecialist } from '@/features/requests/ask-specialist'
import { RequestDetailView } from '@/features/requests/request-detail-view'
import { useRefreshRequest } from '@/features/requests/use-requests'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['owner'] as const

export default function RequestDetailPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const params = usePageParams('requestDetail')
  const refresh = useRefreshRequest()
  usePullRefresh(() => refresh(params.id))
  if (!user) return null
  return (
    <View className={rootClass}>
      <RequestDetailView
        id={params.id}
        user={user}
        extra={(request) => <AskSpecialist request={request} />}
        supplyOpen={params.supply === '1'}
        followUp={(request, id) => <OwnerFollowUp id={id} onChanged={() => void refresh(request.id)} />}
      />
    </View>
  )
}
