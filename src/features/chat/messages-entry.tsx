import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import { selectUnreadTotal, useChatStore } from '@/stores/chat-store'

export const SPECIALIST_MESSAGES = '/specialist/messages/index'

/** A specialist's way into 消息 (they have no tab bar), with the unread total. */
export function MessagesEntry() {
  const unread = useChatStore(selectUnreadTotal)
  return (
    <View className="chip chip--primary" onClick={() => void Taro.navigateTo({ url: SPECIALIST_MESSAGES })}>
      <Text>{unread > 0 ? `消息 ${unread > 99 ? '99+' : unread}` : '消息'}</Text>
    </View>
  )
}
