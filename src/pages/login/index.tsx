import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'

export default function LoginPage() {
  return (
    <View className="page">
      <PageBanner title="欢迎使用企服管家" subtitle="企业主、专员、管理员请选择身份登录" />
      <SectionCard title="选择账号">
        <EmptyState title="登录方式加载中" description="演示模式下可一键登录任一账号" />
      </SectionCard>
    </View>
  )
}
