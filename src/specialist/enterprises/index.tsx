import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'

const ROLES = ['specialist'] as const

export default function EnterprisesPage() {
  const user = useRoleGuard(ROLES)
  if (!user) return null
  return (
    <View className="page">
      <PageBanner title="我的企业" subtitle="我服务的企业与其在办申请" />
      <SectionCard title="企业列表">
        <EmptyState title="暂无分配企业" description="分配给您的企业会显示在这里" />
      </SectionCard>
    </View>
  )
}
