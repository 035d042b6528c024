import * as z from 'zod'

import { DateTimeSchema, IdSchema, listOf } from './common'

export const MessageTypeSchema = z
  .enum(['text', 'image', 'request_card', 'system'])
  .meta({ id: 'MessageType' })

/** `body`: text for text/system, the image URL for image, the service request id for request_card. */
export const MessageSchema = z
  .object({
    id: IdSchema,
    conversationId: IdSchema,
    seq: z.number().int().positive().meta({ description: '服务端分配，每个会话从 1 起逐条加一' }),
    clientMsgId: z.string(),
    senderId: IdSchema,
    type: MessageTypeSchema,
    body: z.string(),
    createdAt: DateTimeSchema,
  })
  .meta({ id: 'Message' })

export const ConversationSchema = z
  .object({
    id: IdSchema,
    enterpriseId: IdSchema,
    specialistId: IdSchema,
    title: z.string(),
    lastMessage: MessageSchema.optional(),
    lastSeq: z.number().int().nonnegative(),
    lastReadSeq: z.number().int().nonnegative().meta({ description: '调用者已读到的 seq' }),
    unreadCount: z.number().int().nonnegative().meta({ description: '调用者的未读数' }),
    updatedAt: DateTimeSchema,
  })
  .meta({ id: 'Conversation' })
export const ConversationListSchema = listOf(ConversationSchema, 'ConversationList')

/**
 * Without afterSeq: the newest `limit` messages before `beforeSeq` (or the end), oldest first, and
 * nextCursor is the seq to pass as the next beforeSeq. With afterSeq: the first `limit` messages after it,
 * and nextCursor is the seq to pass as the next afterSeq. null: nothing more that way.
 */
export const MessageQuerySchema = z.object({
  beforeSeq: z.coerce.number().int().positive().optional(),
  afterSeq: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})
export const MessageListSchema = listOf(MessageSchema, 'MessageList')

export const SendMessageBodySchema = z.object({
  clientMsgId: z.string().min(1).max(64),
  type: z.enum(['text', 'image', 'request_card']).meta({ description: 'system 消息只由服务端产生' }),
  body: z.string().trim().min(1).max(2000),
})

export const ReadBodySchema = z.object({ seq: z.number().int().nonnegative() })

/** Data of the `conversation.read` event and of POST /conversations/:id/read. */
export const ReadStateSchema = z
  .object({
    conversationId: IdSchema,
    userId: IdSchema,
    lastReadSeq: z.number().int().nonnegative(),
    unreadCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'ReadState' })

export type MessageType = z.infer<typeof MessageTypeSchema>
export type Message = z.infer<typeof MessageSchema>
export type Conversation = z.infer<typeof ConversationSchema>
export type ConversationList = z.infer<typeof ConversationListSchema>
export type MessageQuery = z.infer<typeof MessageQuerySchema>
export type MessageList = z.infer<typeof MessageListSchema>
export type SendMessageBody = z.infer<typeof SendMessageBodySchema>
export type ReadBody = z.infer<typeof ReadBodySchema>
export type ReadState = z.infer<typeof ReadStateSchema>
