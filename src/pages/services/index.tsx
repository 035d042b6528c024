import { Text, View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { ServiceTypeCard } from '@/features/requests/service-type-card'
import { useServiceTypes } from '@/features/requests/use-requests'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

const ROLES = ['owner'] as const

export default function ServicesPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const types = useServiceTypes()
  usePullRefresh(() => types.mutate())
  if (!user) return null
  return (
    <View className={rootClass}>
      <PageBanner title="服务大厅" subtitle="保姆式代办：告诉专员您要办什么，其余交给我们" />
      <SectionCard
        title="服务事项"
        extra={
          <Text style={{ fontSize: '13px', color: '#1f6feb' }} onClick={() => void go(routes.requests())}>
            我的申请
          </Text>
        }
      >
        <AsyncView
          query={types}
          isEmpty={(list) => list.length === 0}
          empty={{ title: '暂无可办理的服务', description: '服务目录更新后会出现在这里' }}
        >
          {(list) =>
            list.map((type) => (
              <ServiceTypeCard
                key={type.code}
                type={type}
                onChoose={(chosen) => void go(routes.requestNew({ type: chosen.code }))}
              />
            ))
          }
        </AsyncView>
      </SectionCard>
    </View>
  )
}
