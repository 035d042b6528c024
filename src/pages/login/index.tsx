import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { DemoAccountList } from '@/features/auth/demo-account-list'
import { useDemoAccounts } from '@/features/auth/use-demo-accounts'
import { useLogin } from '@/features/auth/use-login'
import { useCareClass } from '@/features/profile/care-mode'

/**
 * Login. A backend with demo accounts (the mock, in-process or served) lists them; a real backend
 * answers 404 there, and then WeChat login (Taro.login → /auth/wechat) is the way in.
 */
export default function LoginPage() {
  const rootClass = useCareClass('page')
  const { pending, loginAs, loginWithWechat } = useLogin()
  const accounts = useDemoAccounts()
  const { noDemo } = accounts

  return (
    <View className={rootClass}>
      <PageBanner title="欢迎使用企服管家" subtitle="一个专员、一跟到底。请选择身份登录" />
      {noDemo ? (
        <SectionCard title="微信登录">
          <Button block type="primary" loading={pending === 'wechat'} onClick={loginWithWechat}>
            微信一键登录
          </Button>
        </SectionCard>
      ) : (
        <SectionCard title="演示账号">
          <AsyncView
            query={accounts}
            isEmpty={(list) => list.length === 0}
            empty={{ title: '没有可用的演示账号' }}
          >
            {(list) => <DemoAccountList accounts={list} pending={pending} onPick={loginAs} />}
          </AsyncView>
        </SectionCard>
      )}
    </View>
  )
}
