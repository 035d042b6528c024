import { View } from '@tarojs/components'

import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { ContactEnterprise } from '@/features/requests/contact-enterprise'
import { RequestDetailView } from '@/features/requests/request-detail-view'
import { useEnterpriseNames } from '@/features/requests/use-enterprise-names'
import { useRefreshRequest } from '@/features/requests/use-requests'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['specialist'] as const

export default function HandleRequestPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const params = usePageParams('specialistRequest')
  const refresh = useRefreshRequest()
  const enterpriseName = useEnterpriseNames()
  usePullRefresh(() => refresh(params.id))
  if (!user) return null
  return (
    <View className={rootClass}>
      <RequestDetailView
        id={params.id}
        user={user}
        enterpriseName={enterpriseName}
        contact={(request, type) => (
          <ContactEnterprise request={request} type={type} enterpriseName={enterpriseName(request)} />
        )}
      />
    </View>
  )
}
