import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'

const ROLES = ['owner'] as const

export default function SalonsPage() {
  const user = useRoleGuard(ROLES)
  if (!user) return null
  return (
    <View className="page">
      <PageBanner title="企业家沙龙" subtitle="与同产业链的创业者面对面交流" />
      <SectionCard title="近期沙龙">
        <EmptyState title="暂无沙龙" description="新的沙龙发布后会在这里展示" />
      </SectionCard>
    </View>
  )
}
