import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { AccountCard } from '@/features/auth/account-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'

const ROLES = ['admin'] as const

export default function AdminSalonsPage() {
  const user = useRoleGuard(ROLES)
  if (!user) return null
  return (
    <View className="page">
      <PageBanner title="沙龙管理" subtitle="发布、编辑、取消沙龙，查看报名" />
      <SectionCard title="我的账号">
        <AccountCard user={user} />
      </SectionCard>
      <SectionCard title="沙龙">
        <EmptyState title="还没有沙龙" description="创建第一场企业家沙龙吧" />
      </SectionCard>
    </View>
  )
}
