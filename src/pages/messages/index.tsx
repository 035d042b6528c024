import { View } from '@tarojs/components'

import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { ConversationList } from '@/features/chat/conversation-list'
import { NoticeBell } from '@/features/notices/notice-entries'
import { useCareClass } from '@/features/profile/care-mode'

const ROLES = ['owner'] as const

export default function MessagesPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  if (!user) return null
  return (
    <View className={rootClass}>
      <PageBanner title="消息" subtitle="与您的服务专员、联络专员实时沟通" extra={<NoticeBell />} />
      <SectionCard title="会话">
        <ConversationList emptyHint="您的双专员会出现在这里" />
      </SectionCard>
    </View>
  )
}
