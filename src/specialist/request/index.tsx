import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useSWRConfig } from 'swr'

import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { RequestDetailView } from '@/features/requests/request-detail-view'
import { useEnterpriseNames } from '@/features/requests/use-enterprise-names'

const ROLES = ['specialist'] as const

export default function HandleRequestPage() {
  const user = useRoleGuard(ROLES)
  const { params } = useRouter()
  const { mutate } = useSWRConfig()
  const enterpriseName = useEnterpriseNames()
  usePullRefresh(() => mutate(['service-requests', 'one', params.id]))
  if (!user) return null
  return (
    <View className="page">
      <RequestDetailView id={params.id} user={user} enterpriseName={enterpriseName} />
    </View>
  )
}
