import { Text, View } from '@tarojs/components'

import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { selectUnreadTotal, useChatStore } from '@/stores/chat-store'

/** A specialist's way into 消息 (they have no tab bar), with the unread total. */
export function MessagesEntry() {
  const unread = useChatStore(selectUnreadTotal)
  return (
    <View className="chip chip--primary" onClick={() => void go(routes.specialistMessages())}>
      <Text>{unread > 0 ? `消息 ${unread > 99 ? '99+' : unread}` : '消息'}</Text>
    </View>
  )
}
