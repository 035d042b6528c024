import { Text, View } from '@tarojs/components'

import type { Conversation } from '@/api/contract/schemas/chat'
import { AsyncView } from '@/components/async-view'
import { avatarText } from '@/utils/avatar-text'

import { formatChatTime, previewOf } from './chat-format'
import { openChat } from './open-chat'
import { useConversations } from './use-conversations'

import './conversation-list.scss'

function ConversationRow({ conversation }: { conversation: Conversation }) {
  const { title, lastMessage, unreadCount, updatedAt } = conversation
  return (
    <View className="conversation-row" onClick={() => openChat(conversation.id)}>
      <View className="conversation-row__avatar">
        <Text>{avatarText(title)}</Text>
        {unreadCount > 0 ? (
          <Text className="conversation-row__badge">{unreadCount > 99 ? '99+' : unreadCount}</Text>
        ) : null}
      </View>
      <View className="conversation-row__main">
        <View className="conversation-row__top">
          <Text className="conversation-row__title">{title}</Text>
          <Text className="conversation-row__time">
            {formatChatTime(lastMessage?.createdAt ?? updatedAt)}
          </Text>
        </View>
        <Text className="conversation-row__preview">{previewOf(lastMessage)}</Text>
      </View>
    </View>
  )
}

interface ConversationListProps {
  unreadFirst?: boolean
  emptyHint: string
}

/** 消息: every conversation of the user with its last message, time and unread badge. */
export function ConversationList({ unreadFirst, emptyHint }: ConversationListProps) {
  const { data, error, loading, reload } = useConversations({ unreadFirst })
  return (
    <AsyncView
      data={data}
      error={error}
      loading={loading}
      onRetry={reload}
      isEmpty={(list) => list.length === 0}
      empty={{ title: '暂无会话', description: emptyHint }}
    >
      {(list) => (
        <View className="conversation-list">
          {list.map((conversation) => (
            <ConversationRow key={conversation.id} conversation={conversation} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
