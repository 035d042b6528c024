import { Image, Text, View } from '@tarojs/components'

import { useChatStore } from '@/stores/chat-store'

import { fileUrl } from './chat-format'
import { RequestCardMessage } from './request-card-message'
import type { ChatItem } from './use-chat-room'

import './message-bubble.scss'

export interface MessageBubbleProps {
  item: ChatItem
  mine: boolean
  read: boolean
  /** Opens the full-screen preview at this image (the list knows the others to swipe to). */
  onPreview: (src: string) => void
}

function ImageContent({ item, onPreview }: Pick<MessageBubbleProps, 'item' | 'onPreview'>) {
  const progress = useChatStore((state) => state.uploadProgress[item.clientMsgId])
  const src = item.body ? fileUrl(item.body) : (item.localPath ?? '')
  const uploading = item.status === 'sending' && !item.body
  return (
    <View className="message-bubble__image-box" onClick={() => onPreview(src)}>
      <Image
        className="message-bubble__image"
        src={src}
        mode="aspectFill"
        aria-label="图片消息"
        nativeProps={{ alt: '图片消息' }}
      />
      {uploading ? <Text className="message-bubble__progress">{progress ?? 0}%</Text> : null}
    </View>
  )
}

function StatusLine({ item, read }: { item: ChatItem; read: boolean }) {
  if (item.status === 'sending') return <Text className="message-bubble__status">发送中…</Text>
  if (item.status === 'failed') {
    return (
      <Text
        className="message-bubble__status message-bubble__status--failed"
        onClick={() => useChatStore.getState().resend(item.clientMsgId)}
      >
        发送失败，点击重发
      </Text>
    )
  }
  return read ? <Text className="message-bubble__status">已读</Text> : null
}

/**
 * One message: its content by type, and for our own the sending / failed / 已读 line. Rendered by
 * the list's memoized MessageRow, which decides when it needs to render again.
 */
export function MessageBubble({ item, mine, read, onPreview }: MessageBubbleProps) {
  if (item.type === 'system') {
    return (
      <View className="message-bubble message-bubble--system">
        <Text>{item.body}</Text>
      </View>
    )
  }
  return (
    <View className={`message-bubble ${mine ? 'message-bubble--mine' : ''}`} data-seq={item.seq}>
      {item.type === 'image' ? <ImageContent item={item} onPreview={onPreview} /> : null}
      {item.type === 'request_card' ? <RequestCardMessage requestId={item.body} /> : null}
      {item.type === 'text' ? (
        <Text className="message-bubble__text" userSelect>
          {item.body}
        </Text>
      ) : null}
      {mine ? <StatusLine item={item} read={read} /> : null}
    </View>
  )
}
