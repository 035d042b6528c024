import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { AccountCard } from '@/features/auth/account-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'

const ROLES = ['specialist'] as const

export default function WorkbenchPage() {
  const user = useRoleGuard(ROLES)
  if (!user) return null
  return (
    <View className="page">
      <PageBanner title="工作台" subtitle="我服务企业的申请，逾期优先" />
      <SectionCard title="我的账号">
        <AccountCard user={user} />
      </SectionCard>
      <SectionCard title="待办队列">
        <EmptyState title="暂无待办" description="有企业提交申请后会出现在这里" />
      </SectionCard>
    </View>
  )
}
