import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'

const ROLES = ['owner'] as const

export default function ServicesPage() {
  const user = useRoleGuard(ROLES)
  if (!user) return null
  return (
    <View className="page">
      <PageBanner title="服务大厅" subtitle="保姆式代办：告诉专员您要办什么，其余交给我们" />
      <SectionCard title="服务事项">
        <EmptyState title="服务目录即将开放" description="工商注册、银行开户、税务登记等代办服务即将上线" />
      </SectionCard>
    </View>
  )
}
