import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import type { Conversation } from '@/api/contract/schemas/chat'
import { getConversations } from '@/api/endpoints/chat'
import { notifyError } from '@/components/notify'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

interface ChatButtonProps {
  label: string
  /** The conversations to try, best first: the first one found opens. */
  wanted: ((conversation: Conversation) => boolean)[]
}

/** Opens the chat room on a conversation looked up when tapped (an owner has two, a specialist one per enterprise). */
export function ChatButton({ label, wanted }: ChatButtonProps) {
  const [opening, setOpening] = useState(false)
  const open = async () => {
    setOpening(true)
    try {
      const { items } = await getConversations({ limit: 100 })
      const conversation = wanted.map((test) => items.find(test)).find(Boolean)
      if (!conversation) {
        void Taro.showToast({ title: '暂未找到对应的会话', icon: 'none' })
        return
      }
      await go(routes.chat({ conversationId: conversation.id }))
    } catch (error) {
      notifyError(error)
    } finally {
      setOpening(false)
    }
  }
  return (
    <Button size="small" type="primary" fill="outline" loading={opening} onClick={() => void open()}>
      {label}
    </Button>
  )
}
