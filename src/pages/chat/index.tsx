import { useRouter } from '@tarojs/taro'

import { EmptyState } from '@/components/empty-state'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { ChatRoom } from '@/features/chat/chat-room'

// Both sides of a conversation open the same room, so it lives in the main package.
const ROLES = ['owner', 'specialist'] as const

export default function ChatPage() {
  const user = useRoleGuard(ROLES)
  const conversationId = useRouter().params.conversationId ?? ''
  if (!user) return null
  if (!conversationId) return <EmptyState title="会话不存在" description="请从消息列表进入" />
  return (
    <ChatRoom conversationId={decodeURIComponent(conversationId)} isSpecialist={user.role === 'specialist'} />
  )
}
