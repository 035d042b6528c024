import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'

import { ErrorState } from '@/components/error-state'
import { LoadingSkeleton } from '@/components/loading-skeleton'

import { ChatInputBar } from './chat-input-bar'
import { MessageList } from './message-list'
import { useChatRoom } from './use-chat-room'

import './chat-room.scss'

/** The chat room: messages over the input bar, the whole page tall. */
export function ChatRoom({
  conversationId,
  isSpecialist,
}: {
  conversationId: string
  isSpecialist: boolean
}) {
  const room = useChatRoom(conversationId)
  const title = room.conversation?.title
  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title })
  }, [title])
  return (
    <View className="chat-room">
      {room.items ? (
        <MessageList
          items={room.items}
          userId={room.userId}
          peerReadSeq={room.peerReadSeq}
          hasOlder={room.hasOlder}
          loadOlder={room.loadOlder}
        />
      ) : (
        <View className="chat-room__state">
          {room.error ? (
            <ErrorState message={room.error.message} status={room.error.status} onRetry={room.open} />
          ) : (
            <LoadingSkeleton cards={3} />
          )}
        </View>
      )}
      <ChatInputBar
        conversationId={conversationId}
        enterpriseId={room.conversation?.enterpriseId}
        quickReplies={isSpecialist}
      />
    </View>
  )
}
