import { callRoute, type RouteInput } from '../http/call-route'

export const getConversations = (query: RouteInput<'getConversations'>['query'] = {}) =>
  callRoute('getConversations', { query })
export const getMessages = (conversationId: string, query: RouteInput<'getMessages'>['query'] = {}) =>
  callRoute('getMessages', { id: conversationId, query })
/** The clientMsgId is the Idempotency-Key too: the retry policy repeats a send, and a repeat is the same message. */
export const sendMessage = (conversationId: string, body: RouteInput<'sendMessage'>['body']) =>
  callRoute('sendMessage', { id: conversationId, body, idempotencyKey: body.clientMsgId })
export const markRead = (conversationId: string, seq: number) =>
  callRoute('markRead', { id: conversationId, body: { seq } })
