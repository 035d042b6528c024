import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'

const ROLES = ['admin'] as const

export default function CheckInPage() {
  const user = useRoleGuard(ROLES)
  if (!user) return null
  return (
    <View className="page">
      <PageBanner title="签到" subtitle="扫描参会人二维码或输入签到码" />
      <SectionCard title="签到记录">
        <EmptyState title="暂无签到" description="扫码或输入签到码完成签到" />
      </SectionCard>
    </View>
  )
}
