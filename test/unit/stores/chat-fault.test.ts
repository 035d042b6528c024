import type { InternalAxiosRequestConfig } from 'axios'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import { mockSocketTransport } from '@/api/adapters/mock-socket-transport'
import type { Message } from '@/api/contract/schemas/chat'
import { uploadFile } from '@/api/endpoints/files'
import { http } from '@/api/http/http-client'
import { retryPolicy } from '@/api/http/retry'
import {
  RealtimeClient,
  type RealtimeTransport,
  type TransportHandlers,
} from '@/api/realtime/realtime-client'
import { attachRealtime } from '@/features/chat/attach-realtime'
import { createChatStore, type ChatApi, type ChatStore } from '@/stores/chat-store'

const CNV = 'cnv-ent-01-usr-spec-04'
const PER_SIDE = 200

/** mulberry32: the same failures on every run. */
function seeded(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every try of a send on the wire (the retry policy's too), and the sends that got their answer. */
const calls = { send: 0, delivered: 0 }
const isSend = (config: InternalAxiosRequestConfig) =>
  config.method?.toUpperCase() === 'POST' && /\/messages$/.test(config.url ?? '')

/** The endpoints as one user: same axios instance (so the same fault injection), its own token. */
function apiAs(userId: string): ChatApi {
  const headers = { Authorization: `Bearer demo-${userId}` }
  const call = async <T>(method: string, url: string, data?: unknown, params?: unknown, extra = {}) =>
    (await http.request<T>({ method, url, data, params, headers: { ...headers, ...extra } })).data
  return {
    getConversations: (query) => call('GET', '/conversations', undefined, query),
    getMessages: (id, query) => call('GET', `/conversations/${id}/messages`, undefined, query),
    // As the app's sendMessage does: the clientMsgId is the Idempotency-Key, so the client retries it.
    sendMessage: async (id, body) => {
      const message = await call('POST', `/conversations/${id}/messages`, body, undefined, {
        'Idempotency-Key': body.clientMsgId,
      })
      calls.delivered += 1
      return message
    },
    markRead: (id, seq) => call('POST', `/conversations/${id}/read`, { seq }),
    uploadFile,
  } as ChatApi
}

/** The mock socket, with a cable to pull: drop() closes every open connection as a network loss would. */
function droppableTransport() {
  const live = new Set<{ handlers: TransportHandlers; close: () => void }>()
  const transport: RealtimeTransport = {
    open(token, handlers) {
      const connection = mockSocketTransport.open(token, handlers)
      const entry = { handlers, close: () => connection.close() }
      live.add(entry)
      return {
        send: (text) => connection.send(text),
        close: () => {
          live.delete(entry)
          connection.close()
        },
      }
    },
  }
  const drop = () => {
    for (const entry of [...live]) {
      live.delete(entry)
      entry.close()
      entry.handlers.onClose()
    }
  }
  return { transport, drop }
}

/** The server's truth, read around the fault injection: every message after `afterSeq`. */
async function serverMessages(afterSeq: number): Promise<Message[]> {
  const all: Message[] = []
  for (let cursor = afterSeq; ; ) {
    const { body } = await getMockBackend().handle({
      method: 'GET',
      path: `/api/v1/conversations/${CNV}/messages?afterSeq=${cursor}&limit=100`,
      headers: { authorization: 'Bearer demo-usr-owner-01' },
      body: undefined,
    })
    const page = body as { items: Message[]; nextCursor: string | null }
    all.push(...page.items)
    if (!page.nextCursor) return all
    cursor = Number(page.nextCursor)
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function side(userId: string, random: () => number) {
  const cable = droppableTransport()
  const client = new RealtimeClient(cable.transport, random)
  const store = createChatStore({ api: apiAs(userId), storageName: `fault-${userId}` })
  store.getState().setUser(userId)
  attachRealtime(store, client)
  const reconnects = { count: 0 }
  client.subscribe('reconnected', () => (reconnects.count += 1))
  client.connect(`demo-${userId}`)
  await settle(() => store.getState().loadConversations())
  await settle(() => store.getState().openConversation(CNV))
  return { store, client, cable, reconnects }
}

/** Under a 30% fail rate a read can fail its retries too: try again, as the app does on its next event. */
async function settle(run: () => Promise<void>): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      return await run()
    } catch {
      await sleep(10)
    }
  }
  throw new Error('never settled')
}

async function untilOpen(...clients: RealtimeClient[]): Promise<void> {
  for (let i = 0; i < 200 && clients.some((client) => client.status !== 'open'); i += 1) await sleep(20)
}

async function drain(store: ChatStore): Promise<void> {
  for (let round = 0; round < 50 && store.getState().outbox.length > 0; round += 1) {
    await store.getState().flushOutbox()
  }
}

describe('chat under faults', () => {
  const realRandom = Math.random
  const realDelay = retryPolicy.delayMs
  let counter = -1
  beforeEach(() => {
    // The client's one retry policy does every retry; only its waits are shortened.
    retryPolicy.delayMs = () => 5
    counter = http.interceptors.request.use((config) => {
      if (isSend(config)) calls.send += 1
      return config
    })
  })
  afterEach(() => {
    Math.random = realRandom
    retryPolicy.delayMs = realDelay
    http.interceptors.request.eject(counter)
    delete process.env.TARO_APP_MOCK_FAIL_RATE
  })

  it('delivers 200 messages from each side exactly once, in seq order, with 30% failed sends and two socket drops', async () => {
    Math.random = seeded(20250305)
    const owner = await side('usr-owner-01', seeded(1))
    const specialist = await side('usr-spec-04', seeded(2))
    const startSeq = (await serverMessages(0)).length
    process.env.TARO_APP_MOCK_FAIL_RATE = '0.3'

    const sent: string[] = []
    for (let i = 0; i < PER_SIDE; i += 1) {
      sent.push(owner.store.getState().send(CNV, 'text', `企业主 ${i}`))
      sent.push(specialist.store.getState().send(CNV, 'text', `专员 ${i}`))
      if (i % 10 === 9) await sleep(2)
      // The network goes away twice mid-conversation, for both phones.
      if (i === 60 || i === 140) {
        // (The second drop waits for the sockets to be back from the first, or it would drop nothing.)
        await untilOpen(owner.client, specialist.client)
        owner.cable.drop()
        specialist.cable.drop()
      }
    }
    await Promise.all([drain(owner.store), drain(specialist.store)])
    process.env.TARO_APP_MOCK_FAIL_RATE = '0'
    // Both sockets are back (a reconnect takes a backoff); then each side has caught up.
    await untilOpen(owner.client, specialist.client)
    await Promise.all([owner.store.getState().catchUp(CNV), specialist.store.getState().catchUp(CNV)])

    const server = await serverMessages(startSeq)
    expect(server).toHaveLength(2 * PER_SIDE)
    expect(new Set(server.map((m: Message) => m.clientMsgId))).toEqual(new Set(sent))

    for (const { store } of [owner, specialist]) {
      expect(store.getState().outbox).toEqual([])
      const mine = store.getState().messages[CNV]!.filter((m) => m.seq > startSeq)
      expect(mine.map((m) => m.seq)).toEqual(server.map((m: Message) => m.seq))
      expect(mine.map((m) => m.clientMsgId)).toEqual(server.map((m: Message) => m.clientMsgId))
    }
    // The faults really happened: failed tries were repeated, and each socket came back twice.
    const failed = calls.send - calls.delivered
    expect(failed).toBeGreaterThan(80)
    expect(calls.send).toBeGreaterThan(2 * PER_SIDE)
    expect(owner.reconnects.count).toBe(2)
    expect(specialist.reconnects.count).toBe(2)
    console.log(`fault test: ${calls.send} send tries, ${failed} failed (some after the server acted)`)
    owner.client.disconnect()
    specialist.client.disconnect()
  }, 60_000)
})
