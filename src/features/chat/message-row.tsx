import { Text, View } from '@tarojs/components'
import { memo } from 'react'

import { formatChatTime } from './chat-format'
import { MessageBubble, type MessageBubbleProps } from './message-bubble'
import type { ChatItem } from './use-chat-room'
import { domIdOf } from './use-render-window'

interface MessageRowProps extends MessageBubbleProps {
  /** A time line above the message (5 minutes or more after the one before it). */
  separator: boolean
}

/** What a bubble shows; a new copy of the same message (the socket's, after the answer) is no change. */
function sameItem(a: ChatItem, b: ChatItem): boolean {
  return (
    a === b ||
    (a.key === b.key &&
      a.seq === b.seq &&
      a.status === b.status &&
      a.type === b.type &&
      a.body === b.body &&
      a.localPath === b.localPath &&
      a.createdAt === b.createdAt)
  )
}

function sameRow(a: MessageRowProps, b: MessageRowProps): boolean {
  return (
    sameItem(a.item, b.item) &&
    a.mine === b.mine &&
    a.read === b.read &&
    a.separator === b.separator &&
    a.onPreview === b.onPreview
  )
}

/**
 * One row of the list. Memoized: a new message renders its own row and no other, since every prop
 * of the others is unchanged (the same item, booleans, one stable callback).
 */
export const MessageRow = memo(function MessageRow({ separator, ...bubble }: MessageRowProps) {
  return (
    <View id={domIdOf(bubble.item.key)} className="message-list__item">
      {separator ? <Text className="chat-time">{formatChatTime(bubble.item.createdAt)}</Text> : null}
      <MessageBubble {...bubble} />
    </View>
  )
}, sameRow)
