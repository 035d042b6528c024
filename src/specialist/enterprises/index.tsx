import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { EnterpriseCard } from '@/features/profile/enterprise-card'
import { ChatButton } from '@/features/requests/chat-button'
import { byUrgency } from '@/features/requests/due-date'
import { RequestList } from '@/features/requests/request-list'
import { isOpen } from '@/features/requests/request-status'
import { useAllRequests, useRequestUpdates } from '@/features/requests/use-requests'
import { RoleTabBar } from '@/features/session/role-tab-bar'
import { useMe } from '@/features/session/use-me'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

const ROLES = ['specialist'] as const

export default function EnterprisesPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const me = useMe()
  const all = useAllRequests()
  useRequestUpdates()
  usePullRefresh(() => Promise.all([me.mutate(), all.mutate()]))
  if (!user) return null
  const openOf = (enterpriseId: string) =>
    (all.data ?? [])
      .filter((r) => r.enterpriseId === enterpriseId && isOpen(r))
      .sort((a, b) => byUrgency(a, b))
  return (
    <View className={rootClass}>
      <PageBanner title="我的企业" subtitle="我服务的企业与其在办申请" />
      <AsyncView
        data={me.data?.enterprises}
        error={me.error}
        loading={me.isLoading}
        onRetry={() => void me.mutate()}
        isEmpty={(list) => list.length === 0}
        empty={{ title: '暂无分配企业', description: '分配给您的企业会显示在这里' }}
      >
        {(enterprises) =>
          enterprises.map((enterprise) => {
            const open = openOf(enterprise.id)
            return (
              <SectionCard
                key={enterprise.id}
                title={`在办 ${open.length} 件`}
                extra={<ChatButton label="发消息" wanted={[(c) => c.enterpriseId === enterprise.id]} />}
              >
                <EnterpriseCard enterprise={enterprise} />
                <RequestList
                  requests={open}
                  onOpen={(request) => void go(routes.specialistRequest({ id: request.id }))}
                />
              </SectionCard>
            )
          })
        }
      </AsyncView>
      <RoleTabBar role="specialist" current="enterprises" />
    </View>
  )
}
