import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useMemo, useState } from 'react'

import type { Conversation } from '@/api/contract/schemas/chat'
import { toApiError, type ApiError } from '@/api/http/api-error'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useChatStore } from '@/stores/chat-store'
import { useShowAgain } from '@/utils/use-show-again'

import { syncUnreadBadge } from './chat-wiring'

/**
 * The user's conversations from the chat store (kept live by the socket), newest first; specialists
 * see unread ones first. Reloaded each time the list shows, so counts are fresh after a room.
 */
export function useConversations({ unreadFirst = false } = {}) {
  const conversations = useChatStore((state) => state.conversations)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<ApiError>()
  const load = useCallback(() => {
    setLoading(true)
    return useChatStore
      .getState()
      .loadConversations()
      .then(() => setError(undefined))
      .catch((reason: unknown) => setError(toApiError(reason)))
      .finally(() => setLoading(false))
  }, [])
  useEffect(() => void load(), [load])
  usePullRefresh(load)
  useShowAgain(() => void load())
  useDidShow(syncUnreadBadge)
  const list = useMemo(
    () => sortConversations(Object.values(conversations), unreadFirst),
    [conversations, unreadFirst],
  )
  const loaded = list.length > 0 || (!loading && !error)
  return { data: loaded ? list : undefined, error, loading, reload: load }
}

export function sortConversations(list: Conversation[], unreadFirst: boolean): Conversation[] {
  return [...list].sort((a, b) => {
    if (unreadFirst && a.unreadCount > 0 !== b.unreadCount > 0) return a.unreadCount > 0 ? -1 : 1
    return b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id)
  })
}
