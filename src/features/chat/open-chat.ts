import Taro from '@tarojs/taro'

import { notifyError } from '@/components/notify'
import { useChatStore } from '@/stores/chat-store'

export const CHAT_ROOM = '/pages/chat/index'

export const openChat = (conversationId: string) =>
  void Taro.navigateTo({ url: `${CHAT_ROOM}?conversationId=${encodeURIComponent(conversationId)}` })

/** 发消息 next to a specialist: their conversation with this enterprise (loaded first if need be). */
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
  else void Taro.switchTab({ url: '/pages/messages/index' })
}
