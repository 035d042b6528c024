import type { Message, ReadState } from '@/api/contract/schemas/chat'
import type { RealtimeClient } from '@/api/realtime/realtime-client'
import type { ChatStore } from '@/stores/chat-store'

/**
 * Feeds a chat store from the socket: new messages and read marks as they happen, and after a
 * reconnect a catch-up (afterSeq) of every open conversation plus the outbox, since events sent while
 * the socket was down are gone. Returns the detach.
 */
export function attachRealtime(store: ChatStore, client: Pick<RealtimeClient, 'subscribe'>): () => void {
  const offs = [
    client.subscribe('message.created', (data) => store.getState().receive(data as Message)),
    client.subscribe('conversation.read', (data) => store.getState().applyRead(data as ReadState)),
    client.subscribe(
      'reconnected',
      () =>
        void store
          .getState()
          .resync()
          .catch(() => undefined),
    ),
  ]
  return () => offs.forEach((off) => off())
}
