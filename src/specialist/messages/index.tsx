import { View } from '@tarojs/components'

import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { ConversationList } from '@/features/chat/conversation-list'
import { NoticeBell } from '@/features/notices/notice-entries'
import { useCareClass } from '@/features/profile/care-mode'
import { RoleTabBar } from '@/features/session/role-tab-bar'

const ROLES = ['specialist'] as const

export default function SpecialistMessagesPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  if (!user) return null
  return (
    <View className={rootClass}>
      <PageBanner title="消息" subtitle="我服务的企业，未读优先" extra={<NoticeBell />} />
      <SectionCard title="会话">
        <ConversationList unreadFirst emptyHint="被指派企业后，与企业主的会话会出现在这里" />
      </SectionCard>
      <RoleTabBar role="specialist" current="specialistMessages" />
    </View>
  )
}
