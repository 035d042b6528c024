import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'

import './index.scss'

export default function HomePage() {
  const goLogin = () => Taro.navigateTo({ url: '/pages/login/index' })
  return (
    <View className="home">
      <PageBanner title="企服管家" subtitle="一个专员、一跟到底：注册、开户、税务、选址，都交给我们" />
      <SectionCard title="我的双专员">
        <View className="home__pair">
          <View className="home__pair-item">
            <Text className="home__pair-role">服务专员</Text>
            <Text className="home__pair-hint">帮您代办注册、开户、税务、租赁</Text>
          </View>
          <View className="home__pair-item">
            <Text className="home__pair-role">联络专员</Text>
            <Text className="home__pair-hint">急难愁盼，一对一解决</Text>
          </View>
        </View>
        <Button block type="primary" onClick={goLogin}>
          登录查看我的专员
        </Button>
      </SectionCard>
      <SectionCard title="办理中的申请">
        <EmptyState title="还没有办理中的申请" description="在「服务」里选一项，专员当天就会联系您" />
      </SectionCard>
    </View>
  )
}
