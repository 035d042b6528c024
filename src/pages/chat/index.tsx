import { View } from '@tarojs/components'

import { EmptyState } from '@/components/empty-state'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { ChatRoom } from '@/features/chat/chat-room'
import { useCareClass } from '@/features/profile/care-mode'
import { usePageParams } from '@/navigation/use-page-params'

// Both sides of a conversation open the same room, so it lives in the main package.
const ROLES = ['owner', 'specialist'] as const

export default function ChatPage() {
  const user = useRoleGuard(ROLES)
  const { conversationId } = usePageParams('chat')
  const rootClass = useCareClass('page-root')
  if (!user) return null
  return (
    <View className={rootClass}>
      {conversationId ? (
        <ChatRoom conversationId={conversationId} isSpecialist={user.role === 'specialist'} />
      ) : (
        <EmptyState title="会话不存在" description="请从消息列表进入" />
      )}
    </View>
  )
}
