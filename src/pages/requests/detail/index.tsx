import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useSWRConfig } from 'swr'

import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { AskSpecialist } from '@/features/requests/ask-specialist'
import { RequestDetailView } from '@/features/requests/request-detail-view'

const ROLES = ['owner'] as const

export default function RequestDetailPage() {
  const user = useRoleGuard(ROLES)
  const { params } = useRouter()
  const { mutate } = useSWRConfig()
  usePullRefresh(() => mutate(['service-requests', 'one', params.id]))
  if (!user) return null
  return (
    <View className="page">
      <RequestDetailView
        id={params.id}
        user={user}
        extra={(request) => <AskSpecialist request={request} />}
      />
    </View>
  )
}
