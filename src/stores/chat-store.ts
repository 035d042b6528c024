import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'

import type { Conversation, Message, ReadState, SendMessageBody } from '@/api/contract/schemas/chat'
import * as chatApi from '@/api/endpoints/chat'
import { uploadFile, type LocalFile } from '@/api/endpoints/files'
import { toApiError } from '@/api/http/api-error'
import { backoffMs } from '@/api/http/retry'
import { randomId } from '@/utils/id'
import { taroStorage } from '@/utils/taro-storage'

import { contiguousEnd, mergeBySeq } from './chat-merge'

/** A message the server hasn't confirmed yet. Persisted, so it survives leaving the room and a restart. */
export interface OutboxItem {
  clientMsgId: string
  conversationId: string
  senderId: string
  type: SendMessageBody['type']
  /** Text, request id, or the uploaded image's URL ('' until the upload is done). */
  body: string
  /** An image not uploaded yet: its local path, shown meanwhile. */
  localPath?: string
  fileName?: string
  createdAt: string
  status: 'sending' | 'failed'
}

export interface ChatApi {
  getConversations: typeof chatApi.getConversations
  getMessages: typeof chatApi.getMessages
  sendMessage: typeof chatApi.sendMessage
  markRead: typeof chatApi.markRead
  uploadFile: typeof uploadFile
}

export interface ChatState {
  userId: string | null
  conversations: Record<string, Conversation>
  /** The loaded window of each opened conversation, by seq. */
  messages: Record<string, Message[]>
  hasOlder: Record<string, boolean>
  /** How far the other side has read (from `conversation.read`), for the 已读 marks. */
  peerReadSeq: Record<string, number>
  outbox: OutboxItem[]
  uploadProgress: Record<string, number>
  /** The room on screen: its new messages are read as they arrive. */
  activeId: string | null
  setUser: (userId: string | null) => void
  setActive: (conversationId: string | null) => void
  loadConversations: () => Promise<void>
  openConversation: (conversationId: string) => Promise<void>
  loadOlder: (conversationId: string) => Promise<void>
  catchUp: (conversationId: string) => Promise<void>
  resync: () => Promise<void>
  receive: (message: Message) => void
  applyRead: (state: ReadState) => void
  send: (conversationId: string, type: SendMessageBody['type'], body: string) => string
  sendImage: (conversationId: string, file: LocalFile) => string
  resend: (clientMsgId: string) => void
  flushOutbox: () => Promise<void>
  markRead: (conversationId: string) => Promise<void>
}

export interface ChatStoreOptions {
  api?: ChatApi
  storage?: StateStorage
  storageName?: string
  /** Delay before try n + 1 of a send that failed on the network. */
  retryDelayMs?: (attempt: number) => number
}

const PAGE = 30
const CATCH_UP_PAGE = 100
const SEND_ATTEMPTS = 4
/**
 * Storage allows 1 MB per key; in characters of JSON, a third of that covers the worst case of 3 UTF-8
 * bytes each. The oldest unsent messages are kept first, since they go out first.
 */
const OUTBOX_BUDGET_CHARS = 300_000

function persistable(outbox: OutboxItem[]): OutboxItem[] {
  let used = 0
  const kept: OutboxItem[] = []
  for (const item of outbox) {
    used += JSON.stringify(item).length
    if (used > OUTBOX_BUDGET_CHARS) break
    kept.push(item)
  }
  return kept
}

const defaultApi: ChatApi = { ...chatApi, uploadFile }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Worth another try: no answer at all, or the server's own trouble. A 4xx will fail the same way. */
function isTransient(error: unknown): boolean {
  const { status } = toApiError(error)
  return status === 0 || status >= 500 || status === 429
}

/** One chat store per signed-in user; the app has one, the fault test builds one per side. */
export function createChatStore(options: ChatStoreOptions = {}) {
  const api = options.api ?? defaultApi
  const retryDelay = options.retryDelayMs ?? ((attempt: number) => backoffMs(attempt))
  const inFlight = new Set<string>()
  // Sends of one conversation go one after another, so seq follows the order they were typed in.
  const chains = new Map<string, Promise<void>>()
  const catchUps = new Map<string, Promise<void>>()
  const reads = new Map<string, Promise<void>>()

  return create<ChatState>()(
    persist(
      (set, get) => {
        const patchItem = (clientMsgId: string, patch: Partial<OutboxItem>) =>
          set((state) => ({
            outbox: state.outbox.map((item) =>
              item.clientMsgId === clientMsgId ? { ...item, ...patch } : item,
            ),
          }))
        const findItem = (clientMsgId: string) =>
          get().outbox.find((item) => item.clientMsgId === clientMsgId)

        async function deliver(clientMsgId: string): Promise<void> {
          for (let attempt = 0; attempt < SEND_ATTEMPTS; attempt += 1) {
            const item = findItem(clientMsgId)
            if (!item) return // the server's copy already came in over the socket
            try {
              let body = item.body
              if (item.type === 'image' && !body) {
                const file = await api.uploadFile(
                  { path: item.localPath ?? '', name: item.fileName ?? `${clientMsgId}.jpg`, size: 0 },
                  (percent) =>
                    set((state) => ({ uploadProgress: { ...state.uploadProgress, [clientMsgId]: percent } })),
                )
                body = file.url
                patchItem(clientMsgId, { body })
              }
              // The same clientMsgId on every try: a retry after a lost answer gets the first message back.
              const message = await api.sendMessage(item.conversationId, {
                clientMsgId,
                type: item.type,
                body,
              })
              get().receive(message)
              return
            } catch (error) {
              if (!isTransient(error) || attempt === SEND_ATTEMPTS - 1) break
              await sleep(retryDelay(attempt))
            }
          }
          if (findItem(clientMsgId)) patchItem(clientMsgId, { status: 'failed' })
        }

        function enqueue(item: OutboxItem): Promise<void> {
          if (inFlight.has(item.clientMsgId)) return chains.get(item.conversationId) ?? Promise.resolve()
          inFlight.add(item.clientMsgId)
          patchItem(item.clientMsgId, { status: 'sending' })
          const previous = chains.get(item.conversationId) ?? Promise.resolve()
          const next = previous
            .then(() => deliver(item.clientMsgId))
            .finally(() => inFlight.delete(item.clientMsgId))
          chains.set(item.conversationId, next)
          return next
        }

        function addToOutbox(item: OutboxItem): string {
          set((state) => ({ outbox: [...state.outbox, item] }))
          void enqueue(item)
          return item.clientMsgId
        }

        function newItem(conversationId: string, type: OutboxItem['type'], body: string): OutboxItem {
          return {
            clientMsgId: randomId('c-'),
            conversationId,
            senderId: get().userId ?? '',
            type,
            body,
            createdAt: new Date().toISOString(),
            status: 'sending',
          }
        }

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
          userId: null,
          conversations: {},
          messages: {},
          hasOlder: {},
          peerReadSeq: {},
          outbox: [],
          uploadProgress: {},
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

          resync: async () => {
            await get().loadConversations()
            await Promise.all(Object.keys(get().messages).map((id) => get().catchUp(id)))
            await get().flushOutbox()
          },

          receive: (message) => {
            const { conversationId: id } = message
            const state = get()
            const mine = message.senderId === state.userId
            const conversation = state.conversations[id]
            const loaded = state.messages[id]
            const isNew = conversation ? message.seq > conversation.lastSeq : false
            set({
              outbox: state.outbox.filter((item) => !(mine && item.clientMsgId === message.clientMsgId)),
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

          send: (conversationId, type, body) => addToOutbox(newItem(conversationId, type, body)),

          sendImage: (conversationId, file) =>
            addToOutbox({
              ...newItem(conversationId, 'image', ''),
              localPath: file.path,
              fileName: file.name,
            }),

          resend: (clientMsgId) => {
            const item = findItem(clientMsgId)
            if (item) void enqueue(item)
          },

          flushOutbox: async () => {
            const { outbox, userId } = get()
            await Promise.all(outbox.filter((item) => item.senderId === userId).map(enqueue))
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
        }
      },
      {
        name: options.storageName ?? 'qfgj-chat-outbox',
        version: 1,
        storage: createJSONStorage(() => options.storage ?? taroStorage),
        // Only what isn't on the server yet; everything else is fetched again.
        partialize: ({ outbox }) => ({ outbox: persistable(outbox) }),
      },
    ),
  )
}

export type ChatStore = ReturnType<typeof createChatStore>

export const useChatStore = createChatStore()

export const selectUnreadTotal = (state: Pick<ChatState, 'conversations'>) =>
  Object.values(state.conversations).reduce((total, conversation) => total + conversation.unreadCount, 0)
