import { notifyError } from '@/components/notify'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { useChatStore } from '@/stores/chat-store'

export const openChat = (conversationId: string) => void go(routes.chat({ conversationId }))

/**
 * 发消息 next to a specialist: their conversation with this enterprise (loaded first if need be).
 * Other features get this from the page that composes them (a prop), not by importing chat.
 */
export async function openChatWith(specialistId: string): Promise<void> {
  const find = () =>
    Object.values(useChatStore.getState().conversations).find((c) => c.specialistId === specialistId)
  try {
    if (!find()) await useChatStore.getState().loadConversations()
  } catch (error) {
    notifyError(error)
    return
  }
  const conversation = find()
  if (conversation) openChat(conversation.id)
  else void go(routes.messages())
}
