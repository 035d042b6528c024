import { View } from '@tarojs/components'

import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { AccountCard } from '@/features/auth/account-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { CareModeSwitch } from '@/features/profile/care-mode-switch'
import { RoleTabBar } from '@/features/session/role-tab-bar'

const ROLES = ['admin'] as const

/** The admin's 我的: who is signed in, with 切换账号 and 退出登录, off the salon list. */
export default function AdminMePage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  if (!user) return null
  return (
    <View className={rootClass}>
      <PageBanner title="我的" subtitle="账号" />
      <SectionCard title="我的账号">
        <AccountCard user={user} />
      </SectionCard>
      <SectionCard title="显示设置">
        <CareModeSwitch />
      </SectionCard>
      <RoleTabBar role="admin" current="adminMe" />
    </View>
  )
}
