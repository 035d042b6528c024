import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'

export default function ServicesPage() {
  return (
    <View className="page">
      <PageBanner title="服务大厅" subtitle="保姆式代办：告诉专员您要办什么，其余交给我们" />
      <SectionCard title="服务事项">
        <EmptyState title="服务目录加载中" description="登录后即可选择服务并提交申请" />
      </SectionCard>
    </View>
  )
}
