import type { StateCreator } from 'zustand'

import type { Conversation, Message, ReadState, SendMessageBody } from '@/api/contract/schemas/chat'
import type * as chatApi from '@/api/endpoints/chat'
import type { LocalFile, uploadFile } from '@/api/endpoints/files'

/** A message the server hasn't confirmed yet. Persisted, so it survives leaving the room and a restart. */
export interface OutboxItem {
  /** Also the send's Idempotency-Key: every try of this message is the same message. */
  clientMsgId: string
  conversationId: string
  senderId: string
  type: SendMessageBody['type']
  /** Text, request id, or the uploaded image's URL ('' until the upload is done). */
  body: string
  /** An image not uploaded yet: its local path, shown meanwhile. */
  localPath?: string
  fileName?: string
  fileSize?: number
  /** The image upload's Idempotency-Key, the same on every try, so the server keeps one file. */
  uploadKey?: string
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

/** Who is signed in, their conversations with unread counts, read marks, the room on screen. */
export interface ConversationsSlice {
  userId: string | null
  conversations: Record<string, Conversation>
  /** How far the other side has read (from `conversation.read`), for the 已读 marks. */
  peerReadSeq: Record<string, number>
  /** The room on screen: its new messages are read as they arrive. */
  activeId: string | null
  setUser: (userId: string | null) => void
  setActive: (conversationId: string | null) => void
  loadConversations: () => Promise<void>
  applyRead: (state: ReadState) => void
  markRead: (conversationId: string) => Promise<void>
  /** After sign-in or a reconnect: conversations, every open window caught up, then the outbox. */
  resync: () => Promise<void>
}

/** The loaded window of each opened conversation, by seq, and what arrives into it. */
export interface MessagesSlice {
  messages: Record<string, Message[]>
  hasOlder: Record<string, boolean>
  openConversation: (conversationId: string) => Promise<void>
  loadOlder: (conversationId: string) => Promise<void>
  catchUp: (conversationId: string) => Promise<void>
  /** A message from the server (an answer or an event): merged by seq, deduped by clientMsgId. */
  receive: (message: Message) => void
}

/** What the user sent that the server hasn't confirmed, with image upload progress. */
export interface OutboxSlice {
  outbox: OutboxItem[]
  uploadProgress: Record<string, number>
  send: (conversationId: string, type: SendMessageBody['type'], body: string) => string
  sendImage: (conversationId: string, file: LocalFile) => string
  resend: (clientMsgId: string) => void
  flushOutbox: () => Promise<void>
}

export type ChatState = ConversationsSlice & MessagesSlice & OutboxSlice

/** A slice of the one chat store: it sees (and may call) the whole state, and sets its own part. */
export type ChatSlice<T> = StateCreator<ChatState, [['zustand/persist', unknown]], [], T>
