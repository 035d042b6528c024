import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'

export default function CheckInPage() {
  return (
    <View className="page">
      <PageBanner title="签到" subtitle="扫描参会人二维码或输入签到码" />
      <SectionCard title="签到记录">
        <EmptyState title="暂无签到" description="扫码或输入签到码完成签到" />
      </SectionCard>
    </View>
  )
}
