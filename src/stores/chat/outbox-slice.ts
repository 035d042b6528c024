import { randomId } from '@/utils/id'

import type { ChatApi, ChatSlice, OutboxItem, OutboxSlice } from './types'

/**
 * Storage allows 1 MB per key; in characters of JSON, a third of that covers the worst case of 3 UTF-8
 * bytes each. The oldest unsent messages are kept first, since they go out first.
 */
const OUTBOX_BUDGET_CHARS = 300_000

/** The part of the outbox that is written to storage (memory keeps it all until it is sent). */
export function persistable(outbox: OutboxItem[]): OutboxItem[] {
  let used = 0
  const kept: OutboxItem[] = []
  for (const item of outbox) {
    used += JSON.stringify(item).length
    if (used > OUTBOX_BUDGET_CHARS) break
    kept.push(item)
  }
  return kept
}

export function createOutboxSlice(api: ChatApi): ChatSlice<OutboxSlice> {
  const inFlight = new Set<string>()
  // Sends of one conversation go one after another, so seq follows the order they were typed in.
  const chains = new Map<string, Promise<void>>()

  return (set, get) => {
    const findItem = (clientMsgId: string) => get().outbox.find((item) => item.clientMsgId === clientMsgId)
    const patchItem = (clientMsgId: string, patch: Partial<OutboxItem>) =>
      set((state) => ({
        outbox: state.outbox.map((item) => (item.clientMsgId === clientMsgId ? { ...item, ...patch } : item)),
      }))
    const setProgress = (clientMsgId: string, percent: number) =>
      set((state) => ({ uploadProgress: { ...state.uploadProgress, [clientMsgId]: percent } }))

    /**
     * One delivery of one item: its upload if it has none yet, then the send. The client's retry
     * policy repeats each call (same keys); when it gives up the item is failed, to be resent by a tap,
     * a reconnect, the room opening or the next start, still with the same keys.
     */
    async function deliver(clientMsgId: string): Promise<void> {
      const item = findItem(clientMsgId)
      if (!item) return // the server's copy already came in over the socket
      try {
        let body = item.body
        if (item.type === 'image' && !body) {
          const file = await api.uploadFile(
            {
              path: item.localPath ?? '',
              name: item.fileName ?? `${clientMsgId}.jpg`,
              size: item.fileSize ?? 0,
            },
            { idempotencyKey: item.uploadKey ?? clientMsgId, onProgress: (p) => setProgress(clientMsgId, p) },
          )
          body = file.url
          patchItem(clientMsgId, { body })
        }
        get().receive(await api.sendMessage(item.conversationId, { clientMsgId, type: item.type, body }))
      } catch {
        if (findItem(clientMsgId)) patchItem(clientMsgId, { status: 'failed' })
      }
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

    return {
      outbox: [],
      uploadProgress: {},

      send: (conversationId, type, body) => addToOutbox(newItem(conversationId, type, body)),

      sendImage: (conversationId, file) =>
        addToOutbox({
          ...newItem(conversationId, 'image', ''),
          localPath: file.path,
          fileName: file.name,
          fileSize: file.size,
          uploadKey: randomId('upload-'),
        }),

      resend: (clientMsgId) => {
        const item = findItem(clientMsgId)
        if (item) void enqueue(item)
      },

      flushOutbox: async () => {
        const { outbox, userId } = get()
        await Promise.all(outbox.filter((item) => item.senderId === userId).map(enqueue))
      },
    }
  }
}
