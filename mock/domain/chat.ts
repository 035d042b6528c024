import type { Message, MessageType } from '../../src/api/contract/schemas/chat'
import { toIso } from '../clock'
import type { ConversationRow, Db } from '../db'

export interface NewMessage {
  senderId: string
  clientMsgId: string
  type: MessageType
  body: string
  at: Date
}

/**
 * Appends with seq = last + 1. Callers run synchronously (no await between the dedupe look-up and the
 * push), so two concurrent sends can't both take the same seq or both miss the dedupe.
 */
export function appendMessage(
  conversation: ConversationRow,
  input: NewMessage,
): { message: Message; created: boolean } {
  const key = `${input.senderId}|${input.clientMsgId}`
  const existing = conversation.byClientMsgId.get(key)
  if (existing) return { message: existing, created: false }
  const seq = conversation.messages.length + 1
  const message: Message = {
    id: `msg-${conversation.id}-${seq}`,
    conversationId: conversation.id,
    seq,
    clientMsgId: input.clientMsgId,
    senderId: input.senderId,
    type: input.type,
    body: input.body,
    createdAt: toIso(input.at),
  }
  conversation.messages.push(message)
  conversation.byClientMsgId.set(key, message)
  conversation.updatedAt = message.createdAt
  // A sender has read everything up to what it just sent.
  conversation.readSeq.set(input.senderId, seq)
  return { message, created: true }
}

/** Owners of the enterprise plus the specialist: who sees the conversation and hears its events. */
export function participants(db: Db, conversation: ConversationRow): string[] {
  const owners = [...db.users.values()]
    .filter((u) => u.role === 'owner' && u.enterpriseId === conversation.enterpriseId)
    .map((u) => u.id)
  return [...owners, conversation.specialistId]
}

export function isParticipant(db: Db, conversation: ConversationRow, userId: string): boolean {
  return participants(db, conversation).includes(userId)
}

export function conversationId(enterpriseId: string, specialistId: string): string {
  return `cnv-${enterpriseId}-${specialistId}`
}
