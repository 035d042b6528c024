import { View } from '@tarojs/components'

import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { AccountCard } from '@/features/auth/account-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { NoticeEntry } from '@/features/notices/notice-entries'
import { useCareClass } from '@/features/profile/care-mode'
import { CareModeSwitch } from '@/features/profile/care-mode-switch'
import { RoleTabBar } from '@/features/session/role-tab-bar'
import { useMe } from '@/features/session/use-me'

const ROLES = ['specialist'] as const

/** The specialist's 我的: who is signed in, with 切换账号 and 退出登录, off the work screens. */
export default function SpecialistMePage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const me = useMe()
  if (!user) return null
  const count = me.data?.enterprises?.length
  return (
    <View className={rootClass}>
      <PageBanner title="我的" subtitle="账号与服务范围" />
      <SectionCard title="我的账号">
        <AccountCard user={user} subtitle={count !== undefined ? `服务 ${count} 家企业` : undefined} />
      </SectionCard>
      <SectionCard title="通知">
        <NoticeEntry />
      </SectionCard>
      <SectionCard title="显示设置">
        <CareModeSwitch />
      </SectionCard>
      <RoleTabBar role="specialist" current="specialistMe" />
    </View>
  )
}
