import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { getConversations } from '@/api/endpoints/chat'
import type { ServiceRequest } from '@/api/schemas/service-request'
import { notifyError } from '@/components/notify'
import { useMe } from '@/features/profile/use-me'

/**
 * 问专员: opens the chat with the specialist handling this request (the enterprise's service
 * specialist for set-up services; the liaison official for matching, legal and financing ones). The
 * request id rides along so the chat can offer a card of it.
 */
export function AskSpecialist({ request }: { request: ServiceRequest }) {
  const me = useMe()
  const [opening, setOpening] = useState(false)
  const open = async () => {
    setOpening(true)
    try {
      const { items } = await getConversations({ limit: 100 })
      const wanted = [request.assigneeId, me.data?.enterprise?.specialistIds.service]
      const conversation =
        items.find((item) => item.specialistId === wanted[0]) ??
        items.find((item) => item.specialistId === wanted[1])
      if (!conversation) {
        void Taro.showToast({ title: '暂未找到与专员的会话', icon: 'none' })
        return
      }
      await Taro.navigateTo({
        url: `/pages/chat/index?conversationId=${encodeURIComponent(conversation.id)}&requestId=${encodeURIComponent(request.id)}`,
      })
    } catch (error) {
      notifyError(error)
    } finally {
      setOpening(false)
    }
  }
  return (
    <Button size="small" type="primary" fill="outline" loading={opening} onClick={() => void open()}>
      问专员
    </Button>
  )
}
