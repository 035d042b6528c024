import Taro from '@tarojs/taro'

import { realtime } from '@/api/realtime/realtime'
import { selectUnreadTotal, useChatStore } from '@/stores/chat-store'
import { useSessionStore } from '@/stores/session-store'

import { attachRealtime } from './attach-realtime'

/** 消息 in the owner's tab bar. */
const MESSAGES_TAB = 2

function showBadge(total: number): void {
  // Fails when the page on screen has no tab bar; the next change or tab visit sets it again.
  const done = () => undefined
  // Only owners have the tab bar; a logout (total 0, no user) still takes the old badge away.
  if (total > 0 && useSessionStore.getState().user?.role === 'owner') {
    Taro.setTabBarBadge({ index: MESSAGES_TAB, text: total > 99 ? '99+' : String(total), fail: done })
  } else {
    Taro.removeTabBarBadge({ index: MESSAGES_TAB, fail: done })
  }
}

/** Refreshes the tab badge from the store (tab pages call it when they show). */
export function syncUnreadBadge(): void {
  showBadge(selectUnreadTotal(useChatStore.getState()))
}

/**
 * Once at app start: the chat store follows the signed-in user and the socket, loads the conversations
 * (for the unread total) and sends what the outbox kept from before a restart.
 */
export function wireChat(): void {
  attachRealtime(useChatStore, realtime)
  const follow = (userId: string | null) => {
    useChatStore.getState().setUser(userId)
    if (userId)
      void useChatStore
        .getState()
        .resync()
        .catch(() => undefined)
  }
  follow(useSessionStore.getState().user?.id ?? null)
  useSessionStore.subscribe((state, previous) => {
    if (state.user?.id !== previous.user?.id) follow(state.user?.id ?? null)
  })
  let shown = -1
  useChatStore.subscribe((state) => {
    const total = selectUnreadTotal(state)
    if (total === shown) return
    shown = total
    showBadge(total)
  })
}
