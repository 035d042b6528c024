import { Cell } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'

import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { AccountCard } from '@/features/auth/account-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { NoticeEntry } from '@/features/notices/notice-entries'
import { useCareClass } from '@/features/profile/care-mode'
import { CareModeSwitch } from '@/features/profile/care-mode-switch'
import { EnterpriseCard } from '@/features/profile/enterprise-card'
import { useMe } from '@/features/session/use-me'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

const EVERYONE = ['owner', 'specialist', 'admin'] as const

export default function MePage() {
  const user = useRoleGuard(EVERYONE)
  const me = useMe()
  const rootClass = useCareClass('page')
  if (!user) return null
  const enterprise = me.data?.enterprise
  return (
    <View className={rootClass}>
      <PageBanner title="我的" subtitle="账号、企业、申请与报名" />
      <SectionCard title="我的账号">
        <AccountCard user={user} subtitle={enterprise?.name} />
      </SectionCard>
      <SectionCard title="通知">
        <NoticeEntry />
      </SectionCard>
      <SectionCard title="显示设置">
        <CareModeSwitch />
      </SectionCard>
      {enterprise ? (
        <SectionCard title="我的企业">
          <EnterpriseCard enterprise={enterprise} />
        </SectionCard>
      ) : null}
      {user.role === 'owner' ? (
        <SectionCard title="我的申请">
          <Cell
            title="查看全部申请与办理进度"
            align="center"
            extra="›"
            onClick={() => void go(routes.requests())}
          />
        </SectionCard>
      ) : null}
      {user.role === 'owner' ? (
        <SectionCard title="走访记录">
          <Cell
            title="专员走访与代为发起的申请"
            align="center"
            extra="›"
            onClick={() => void go(routes.visitHistory())}
          />
        </SectionCard>
      ) : null}
      {user.role === 'owner' ? (
        <SectionCard title="我的报名">
          <Cell
            title="沙龙报名、候补与签到码"
            align="center"
            extra="›"
            onClick={() => void go(routes.bookings())}
          />
        </SectionCard>
      ) : null}
    </View>
  )
}
