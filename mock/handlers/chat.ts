import type { User } from '../../src/api/contract/schemas/enterprise'
import { paginate, type Handlers } from '../context'
import type { ConversationRow, Db } from '../db'
import { appendMessage, isParticipant, participants } from '../domain/chat'
import { HttpError, notFound, validationFailed } from '../errors'
import { conversationView } from '../views'

import { ownImageUrl } from './files-lookup'

function myConversation(db: Db, user: User, id: string): ConversationRow {
  const row = db.conversations.get(id)
  if (!row || !isParticipant(db, row, user.id)) throw notFound('会话不存在')
  return row
}

export const chatHandlers = {
  getConversations: ({ db, user, query }) => {
    const rows = [...db.conversations.values()]
      .filter((row) => isParticipant(db, row, user.id))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id))
    return paginate(
      rows.map((row) => conversationView(db, row, user)),
      query,
    )
  },

  getMessages: ({ db, user, id, query }) => {
    const row = myConversation(db, user, id)
    const { messages } = row
    const { afterSeq, beforeSeq, limit } = query
    if (afterSeq !== undefined && beforeSeq !== undefined) {
      throw validationFailed([{ path: 'afterSeq', message: 'afterSeq 与 beforeSeq 不能同时使用' }])
    }
    if (afterSeq !== undefined) {
      // seq n sits at index n - 1, so "after afterSeq" starts at index afterSeq.
      const items = messages.slice(afterSeq, afterSeq + limit)
      const last = items[items.length - 1]
      return { items, nextCursor: last && last.seq < messages.length ? String(last.seq) : null }
    }
    const end = Math.min(beforeSeq !== undefined ? beforeSeq - 1 : messages.length, messages.length)
    const start = Math.max(0, end - limit)
    const items = messages.slice(start, end)
    const first = items[0]
    return { items, nextCursor: first && first.seq > 1 ? String(first.seq) : null }
  },

  sendMessage: ({ db, user, id, body, now, emit }) => {
    const row = myConversation(db, user, id)
    if (body.type === 'request_card') {
      const request = db.requests.get(body.body)
      if (!request || request.enterpriseId !== row.enterpriseId) {
        throw validationFailed([{ path: 'body', message: '服务申请不存在' }])
      }
    }
    // An image is a file the sender uploaded, kept by its unsigned url (answers sign it).
    const content = body.type === 'image' ? { ...body, body: ownImageUrl(db, user, body.body) } : body
    const { message, created } = appendMessage(row, { senderId: user.id, ...content, at: now })
    // A resend (same sender, same clientMsgId) gets the first message back, whatever it carries now.
    if (!created) return message
    emit(participants(db, row), 'message.created', message)
    return message
  },

  markRead: ({ db, user, id, body, emit }) => {
    const row = myConversation(db, user, id)
    const lastSeq = row.messages.length
    // Read marks only move forward and never past the last message.
    const lastReadSeq = Math.max(row.readSeq.get(user.id) ?? 0, Math.min(body.seq, lastSeq))
    row.readSeq.set(user.id, lastReadSeq)
    const state = {
      conversationId: row.id,
      userId: user.id,
      lastReadSeq,
      unreadCount: conversationView(db, row, user).unreadCount,
    }
    emit(participants(db, row), 'conversation.read', state)
    return state
  },

  openSocket: () => {
    throw new HttpError(400, 'VALIDATION_FAILED', '请通过 WebSocket 连接此地址')
  },
} satisfies Pick<Handlers, 'getConversations' | 'getMessages' | 'sendMessage' | 'markRead' | 'openSocket'>
