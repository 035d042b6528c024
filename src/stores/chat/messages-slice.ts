import { contiguousEnd, mergeBySeq } from '../chat-merge'

import type { ChatApi, ChatSlice, MessagesSlice } from './types'

const PAGE = 30
const CATCH_UP_PAGE = 100

export function createMessagesSlice(api: ChatApi): ChatSlice<MessagesSlice> {
  // One catch-up per conversation at a time: a second ask gets the running one.
  const catchUps = new Map<string, Promise<void>>()

  return (set, get) => {
    async function runCatchUp(conversationId: string): Promise<void> {
      for (;;) {
        const loaded = get().messages[conversationId]
        if (!loaded?.length) return get().openConversation(conversationId)
        const page = await api.getMessages(conversationId, {
          afterSeq: contiguousEnd(loaded),
          limit: CATCH_UP_PAGE,
        })
        // Through receive, so the outbox, last message and unread counts follow too.
        for (const message of page.items) get().receive(message)
        if (!page.nextCursor || page.items.length === 0) return
      }
    }

    return {
      messages: {},
      hasOlder: {},

      openConversation: async (conversationId) => {
        const page = await api.getMessages(conversationId, { limit: PAGE })
        set((state) => {
          const loaded = state.messages[conversationId] ?? []
          const first = page.items[0]
          // A window that doesn't touch the newest page is dropped rather than left with a hole.
          const keep = first && contiguousEnd(loaded) >= first.seq - 1 ? loaded : []
          return {
            messages: { ...state.messages, [conversationId]: mergeBySeq(keep, page.items) },
            hasOlder: { ...state.hasOlder, [conversationId]: ((keep[0] ?? first)?.seq ?? 1) > 1 },
          }
        })
      },

      loadOlder: async (conversationId) => {
        const first = get().messages[conversationId]?.[0]
        if (!first || first.seq <= 1) return
        const page = await api.getMessages(conversationId, { beforeSeq: first.seq, limit: PAGE })
        set((state) => ({
          messages: {
            ...state.messages,
            [conversationId]: mergeBySeq(state.messages[conversationId] ?? [], page.items),
          },
          hasOlder: { ...state.hasOlder, [conversationId]: page.nextCursor !== null },
        }))
      },

      catchUp: (conversationId) => {
        const running = catchUps.get(conversationId)
        if (running) return running
        const run = runCatchUp(conversationId).finally(() => catchUps.delete(conversationId))
        catchUps.set(conversationId, run)
        return run
      },

      receive: (message) => {
        const { conversationId: id } = message
        const state = get()
        const mine = message.senderId === state.userId
        const conversation = state.conversations[id]
        const loaded = state.messages[id]
        const isNew = conversation ? message.seq > conversation.lastSeq : false
        const confirmed = mine && state.outbox.some((item) => item.clientMsgId === message.clientMsgId)
        set({
          // Our own message is confirmed: it leaves the outbox (a second copy finds nothing to remove).
          outbox: confirmed
            ? state.outbox.filter((item) => item.clientMsgId !== message.clientMsgId)
            : state.outbox,
          messages: loaded ? { ...state.messages, [id]: mergeBySeq(loaded, [message]) } : state.messages,
          conversations:
            conversation && isNew
              ? {
                  ...state.conversations,
                  [id]: {
                    ...conversation,
                    lastMessage: message,
                    lastSeq: message.seq,
                    updatedAt: message.createdAt,
                    // The sender has read everything up to what it sent (the server agrees).
                    lastReadSeq: mine ? message.seq : conversation.lastReadSeq,
                    unreadCount: mine ? 0 : conversation.unreadCount + 1,
                  },
                }
              : state.conversations,
        })
        if (!conversation)
          void get()
            .loadConversations()
            .catch(() => undefined)
        const after = get().messages[id]
        // A live message past a hole (events missed while the socket was down): fetch what is between.
        if (after && contiguousEnd(after) < message.seq)
          void get()
            .catchUp(id)
            .catch(() => undefined)
        if (!mine && isNew && get().activeId === id) void get().markRead(id)
      },
    }
  }
}
