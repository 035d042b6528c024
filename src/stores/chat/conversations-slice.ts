import type { ChatApi, ChatSlice, ConversationsSlice } from './types'

export function createConversationsSlice(api: ChatApi): ChatSlice<ConversationsSlice> {
  // One read call per conversation at a time; a second ask waits for it and then asks again.
  const reads = new Map<string, Promise<void>>()

  return (set, get) => ({
    userId: null,
    conversations: {},
    peerReadSeq: {},
    activeId: null,

    setUser: (userId) => {
      if (get().userId === userId) return
      set({ userId, conversations: {}, messages: {}, hasOlder: {}, peerReadSeq: {}, activeId: null })
    },

    setActive: (activeId) => set({ activeId }),

    loadConversations: async () => {
      const { items } = await api.getConversations({ limit: 100 })
      set({ conversations: Object.fromEntries(items.map((item) => [item.id, item])) })
    },

    applyRead: (read) => {
      set((state) => {
        if (read.userId !== state.userId) {
          const seen = Math.max(state.peerReadSeq[read.conversationId] ?? 0, read.lastReadSeq)
          return { peerReadSeq: { ...state.peerReadSeq, [read.conversationId]: seen } }
        }
        const conversation = state.conversations[read.conversationId]
        if (!conversation || read.lastReadSeq < conversation.lastReadSeq) return {}
        const { lastReadSeq, unreadCount } = read
        return {
          conversations: {
            ...state.conversations,
            [read.conversationId]: { ...conversation, lastReadSeq, unreadCount },
          },
        }
      })
    },

    markRead: (conversationId) => {
      const running = reads.get(conversationId)
      if (running) return running.then(() => get().markRead(conversationId))
      const conversation = get().conversations[conversationId]
      const newest = get().messages[conversationId]?.at(-1)?.seq ?? 0
      const seq = Math.max(conversation?.lastSeq ?? 0, newest)
      if (!seq || (conversation && conversation.lastReadSeq >= seq && conversation.unreadCount === 0)) {
        return Promise.resolve()
      }
      const run = api
        .markRead(conversationId, seq)
        .then((read) => get().applyRead(read))
        .catch(() => undefined) // the next message or visit marks it again
        .finally(() => reads.delete(conversationId))
      reads.set(conversationId, run)
      return run
    },

    resync: async () => {
      await get().loadConversations()
      await Promise.all(Object.keys(get().messages).map((id) => get().catchUp(id)))
      await get().flushOutbox()
    },
  })
}
