import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'

import * as chatApi from '@/api/endpoints/chat'
import { uploadFile } from '@/api/endpoints/files'
import { taroStorage } from '@/utils/taro-storage'

import { createConversationsSlice } from './chat/conversations-slice'
import { createMessagesSlice } from './chat/messages-slice'
import { createOutboxSlice, persistable } from './chat/outbox-slice'
import type { ChatApi, ChatState } from './chat/types'

export type { ChatApi, ChatState, OutboxItem } from './chat/types'

export interface ChatStoreOptions {
  api?: ChatApi
  storage?: StateStorage
  storageName?: string
}

const defaultApi: ChatApi = { ...chatApi, uploadFile }

/**
 * One chat store per signed-in user, bound from three slices (zustand's slices pattern); the app has
 * one, the fault test builds one per side. Only the outbox is persisted.
 */
export function createChatStore(options: ChatStoreOptions = {}) {
  const api = options.api ?? defaultApi
  return create<ChatState>()(
    persist(
      (...a) => ({
        ...createConversationsSlice(api)(...a),
        ...createMessagesSlice(api)(...a),
        ...createOutboxSlice(api)(...a),
      }),
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
