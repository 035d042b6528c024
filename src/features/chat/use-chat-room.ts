import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useState } from 'react'

import type { Message } from '@/api/contract/schemas/chat'
import { toApiError, type ApiError } from '@/api/http/api-error'
import { useChatStore, type OutboxItem } from '@/stores/chat-store'
import { useSessionStore } from '@/stores/session-store'

/** One row of the room: a message the server has, or one of ours it hasn't confirmed yet. */
export interface ChatItem {
  /** Stable from the optimistic copy to the server's, so the row isn't re-created when it is sent. */
  key: string
  clientMsgId: string
  seq?: number
  senderId: string
  type: Message['type']
  body: string
  localPath?: string
  createdAt: string
  status: 'sent' | 'sending' | 'failed'
}

const keyOf = (senderId: string, clientMsgId: string) => `${senderId}:${clientMsgId}`

const fromMessage = (message: Message): ChatItem => ({
  key: keyOf(message.senderId, message.clientMsgId),
  clientMsgId: message.clientMsgId,
  seq: message.seq,
  senderId: message.senderId,
  type: message.type,
  body: message.body,
  createdAt: message.createdAt,
  status: 'sent',
})

const fromOutbox = (item: OutboxItem): ChatItem => ({
  key: keyOf(item.senderId, item.clientMsgId),
  clientMsgId: item.clientMsgId,
  senderId: item.senderId,
  type: item.type,
  body: item.body,
  localPath: item.localPath,
  createdAt: item.createdAt,
  status: item.status,
})

/**
 * One ChatItem per store object, for as long as the store keeps it: an unchanged message keeps the
 * very same item from render to render, so its row's props compare equal and its bubble is skipped.
 * (The store replaces an object only when it changes: mergeBySeq keeps the others, patches copy one.)
 */
function cached<T extends object>(build: (source: T) => ChatItem): (source: T) => ChatItem {
  const items = new WeakMap<T, ChatItem>()
  return (source) => {
    let item = items.get(source)
    if (!item) {
      item = build(source)
      items.set(source, item)
    }
    return item
  }
}
const itemOfMessage = cached(fromMessage)
const itemOfOutbox = cached(fromOutbox)

const EMPTY: Message[] = []

/**
 * The room's data: the loaded window by seq with our unsent messages after it, loading and error of
 * the first page. While the room shows it is the store's active one, so what arrives is marked read.
 */
export function useChatRoom(conversationId: string) {
  const userId = useSessionStore((state) => state.user?.id ?? '')
  const messages = useChatStore((state) => state.messages[conversationId] ?? EMPTY)
  const outbox = useChatStore((state) => state.outbox)
  const conversation = useChatStore((state) => state.conversations[conversationId])
  const hasOlder = useChatStore((state) => state.hasOlder[conversationId] ?? false)
  const peerReadSeq = useChatStore((state) => state.peerReadSeq[conversationId] ?? 0)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiError>()

  const open = useCallback(() => {
    const store = useChatStore.getState()
    setLoading(true)
    store
      .openConversation(conversationId)
      .then(() => {
        setError(undefined)
        void store.markRead(conversationId)
        void store.flushOutbox()
      })
      .catch((reason: unknown) => setError(toApiError(reason)))
      .finally(() => setLoading(false))
  }, [conversationId])

  useEffect(() => {
    useChatStore.getState().setActive(conversationId)
    open()
    return () => useChatStore.getState().setActive(null)
  }, [conversationId, open])
  useDidShow(() => useChatStore.getState().setActive(conversationId))
  useDidHide(() => useChatStore.getState().setActive(null))

  const items = useMemo(() => {
    const sent = new Set(messages.map((message) => message.clientMsgId))
    const pending = outbox.filter(
      (item) =>
        item.conversationId === conversationId && item.senderId === userId && !sent.has(item.clientMsgId),
    )
    return [...messages.map(itemOfMessage), ...pending.map(itemOfOutbox)]
  }, [messages, outbox, conversationId, userId])

  const loadOlder = useCallback(() => useChatStore.getState().loadOlder(conversationId), [conversationId])
  const ready = messages.length > 0 || (!loading && !error)
  return {
    items: ready ? items : undefined,
    conversation,
    hasOlder,
    peerReadSeq,
    userId,
    loading,
    error,
    open,
    loadOlder,
  }
}
