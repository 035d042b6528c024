import type { RealtimeClient } from '@/api/realtime/realtime-client'
import type { ChatStore } from '@/stores/chat-store'

/**
 * Feeds a chat store from the socket: new messages and read marks as they happen, and after a
 * reconnect a resync (conversations, an afterSeq catch-up of every open window, the outbox), since
 * events sent while the socket was down are gone. Returns the detach.
 */
export function attachRealtime(store: ChatStore, client: Pick<RealtimeClient, 'subscribe'>): () => void {
  return client.subscribe(['message.created', 'conversation.read', 'reconnected'], (event) => {
    const state = store.getState()
    if (event.type === 'message.created') state.receive(event.data)
    else if (event.type === 'conversation.read') state.applyRead(event.data)
    else void state.resync().catch(() => undefined)
  })
}
