import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'

export default function WorkbenchPage() {
  return (
    <View className="page">
      <PageBanner title="工作台" subtitle="我服务企业的申请，逾期优先" />
      <SectionCard title="待办队列">
        <EmptyState title="暂无待办" description="有企业提交申请后会出现在这里" />
      </SectionCard>
    </View>
  )
}
