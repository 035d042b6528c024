import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'

export default function MePage() {
  return (
    <View className="page">
      <PageBanner title="我的" subtitle="账号、企业、申请与报名" />
      <SectionCard title="我的账号">
        <EmptyState title="尚未登录" description="登录后查看企业信息、我的申请和我的报名" />
      </SectionCard>
    </View>
  )
}
