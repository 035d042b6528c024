import Taro from '@tarojs/taro'

import type { Message } from '@/api/contract/schemas/chat'
import { sendMessage } from '@/api/endpoints/chat'
import { http } from '@/api/http/http-client'
import { retryPolicy } from '@/api/http/retry'
import { contiguousEnd, mergeBySeq } from '@/stores/chat-merge'
import { createChatStore, selectUnreadTotal, useChatStore } from '@/stores/chat-store'

import { signInAs } from '../../support/session'

const CNV = 'cnv-ent-01-usr-spec-04'
const BIG = 'cnv-ent-01-usr-spec-01'

function message(seq: number, patch: Partial<Message> = {}): Message {
  return {
    id: `m-${seq}`,
    conversationId: CNV,
    seq,
    clientMsgId: `c-${seq}`,
    senderId: 'usr-spec-04',
    type: 'text',
    body: `第 ${seq} 条`,
    createdAt: '2025-03-05T10:00:00+08:00',
    ...patch,
  }
}

const newStore = (name = 'test-chat') => createChatStore({ storageName: name })

// The client's one retry policy, without its real waits.
const realDelay = retryPolicy.delayMs
beforeEach(() => (retryPolicy.delayMs = () => 0))
afterEach(() => (retryPolicy.delayMs = realDelay))

describe('chat merge', () => {
  it('keeps messages sorted by seq with each seq once', () => {
    const merged = mergeBySeq([message(1), message(3)], [message(2), message(3), message(5), message(4)])
    expect(merged.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5])
    expect(mergeBySeq(merged, [message(6)]).map((m) => m.seq)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('knows where the loaded window first has a hole', () => {
    expect(contiguousEnd([message(4), message(5), message(8)])).toBe(5)
    expect(contiguousEnd([])).toBe(0)
  })
})

describe('chat store', () => {
  it('replaces the optimistic message with the server one by clientMsgId, once', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const store = newStore()
    store.getState().setUser(owner.id)
    await store.getState().loadConversations()
    await store.getState().openConversation(CNV)
    const before = store.getState().messages[CNV]?.length ?? 0

    const clientMsgId = store.getState().send(CNV, 'text', '您好，想咨询融资')
    expect(store.getState().outbox).toMatchObject([{ clientMsgId, status: 'sending' }])
    await store.getState().flushOutbox()

    const sent = store.getState().messages[CNV]!.filter((m) => m.clientMsgId === clientMsgId)
    expect(sent).toHaveLength(1)
    expect(store.getState().outbox).toEqual([])
    // The socket's copy of the same message arriving afterwards doubles nothing.
    store.getState().receive(sent[0]!)
    expect(store.getState().messages[CNV]).toHaveLength(before + 1)
  })

  afterEach(() => delete process.env.TARO_APP_MOCK_FAIL_RATE)

  it('marks a send failed after its retries, and a resend with the same clientMsgId sends it once', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const store = newStore()
    store.getState().setUser(owner.id)
    await store.getState().openConversation(CNV)
    process.env.TARO_APP_MOCK_FAIL_RATE = '1'
    const clientMsgId = store.getState().send(CNV, 'text', '网络不好时发的')
    await store.getState().flushOutbox()
    expect(store.getState().outbox).toMatchObject([{ clientMsgId, status: 'failed' }])

    process.env.TARO_APP_MOCK_FAIL_RATE = '0'
    store.getState().resend(clientMsgId)
    await store.getState().flushOutbox()
    expect(store.getState().outbox).toEqual([])
    const copies = store.getState().messages[CNV]!.filter((m) => m.clientMsgId === clientMsgId)
    expect(copies).toHaveLength(1)
  })

  it('tries a failing image upload 4 times (the client policy only), always with the same key, and the resend reuses it', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const store = newStore()
    store.getState().setUser(owner.id)
    await store.getState().openConversation(CNV)
    const uploadKeys: (string | undefined)[] = []
    const sends: string[] = []
    const spy = http.interceptors.request.use((config) => {
      if (config.url === '/files') uploadKeys.push(config.headers.get('Idempotency-Key') as string)
      if (config.url?.endsWith('/messages') && config.method === 'post') sends.push(config.url)
      return config
    })
    try {
      process.env.TARO_APP_MOCK_FAIL_RATE = '1'
      const clientMsgId = store
        .getState()
        .sendImage(CNV, { path: 'wxfile://tmp/photo.png', name: 'photo.png', size: 2048 })
      await store.getState().flushOutbox()
      expect(store.getState().outbox).toMatchObject([{ clientMsgId, status: 'failed', body: '' }])
      // 1 try + the policy's 3 retries, and no retry loop of the store's own on top.
      expect(uploadKeys).toHaveLength(4)
      expect(new Set(uploadKeys).size).toBe(1)
      expect(uploadKeys[0]).toBe(store.getState().outbox[0]?.uploadKey)
      expect(sends).toHaveLength(0)

      process.env.TARO_APP_MOCK_FAIL_RATE = '0'
      store.getState().resend(clientMsgId)
      await store.getState().flushOutbox()
      expect(uploadKeys).toHaveLength(5)
      expect(new Set(uploadKeys).size).toBe(1) // the same upload: the server keeps one file
      expect(store.getState().outbox).toEqual([])
      const sent = store.getState().messages[CNV]!.filter((m) => m.clientMsgId === clientMsgId)
      expect(sent).toMatchObject([{ type: 'image', body: expect.stringMatching(/^\/api\/v1\/files\//) }])
    } finally {
      http.interceptors.request.eject(spy)
    }
  })

  it('keeps unsent messages in storage across a restart and sends them when back', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    process.env.TARO_APP_MOCK_FAIL_RATE = '1'
    const first = newStore('restart-chat')
    first.getState().setUser(owner.id)
    const clientMsgId = first.getState().send(CNV, 'text', '重启前没发出去')
    await first.getState().flushOutbox()
    process.env.TARO_APP_MOCK_FAIL_RATE = '0'

    const stored = JSON.parse(Taro.getStorageSync('restart-chat') as string) as { state: unknown }
    expect(stored.state).toEqual({
      outbox: [expect.objectContaining({ clientMsgId, body: '重启前没发出去' })],
    })

    // The app starts again: a new store reads the outbox from storage and flushes it.
    const second = newStore('restart-chat')
    second.getState().setUser(owner.id)
    expect(second.getState().outbox).toHaveLength(1)
    await second.getState().openConversation(CNV)
    await second.getState().flushOutbox()
    expect(second.getState().outbox).toEqual([])
    expect(second.getState().messages[CNV]!.filter((m) => m.clientMsgId === clientMsgId)).toHaveLength(1)
  })

  it('keeps the stored outbox under 1 MB however much is unsent, oldest first', () => {
    const store = newStore('budget-chat')
    const long = '企'.repeat(2000)
    const outbox = Array.from({ length: 300 }, (_, i) => ({
      clientMsgId: `c-${i}`,
      conversationId: CNV,
      senderId: 'usr-owner-01',
      type: 'text' as const,
      body: long,
      createdAt: '2025-03-05T10:00:00+08:00',
      status: 'failed' as const,
    }))
    store.setState({ outbox })
    const stored = Taro.getStorageSync('budget-chat') as string
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThan(1024 * 1024)
    const kept = (JSON.parse(stored) as { state: { outbox: { clientMsgId: string }[] } }).state.outbox
    expect(kept[0]?.clientMsgId).toBe('c-0')
    expect(kept.length).toBeGreaterThan(100)
    // Memory keeps them all: none is dropped before it is sent.
    expect(store.getState().outbox).toHaveLength(300)
  })

  it('catches up after a gap by afterSeq, in seq order, without duplicates', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const store = newStore()
    store.getState().setUser(owner.id)
    await store.getState().loadConversations()
    await store.getState().openConversation(BIG)
    const lastSeq = store.getState().messages[BIG]!.at(-1)!.seq
    expect(lastSeq).toBe(2000)

    // Another device of the owner sends 5 while this store is not listening (no socket attached).
    for (let i = 0; i < 5; i += 1)
      await sendMessage(BIG, { clientMsgId: `other-${i}`, type: 'text', body: `另一台 ${i}` })

    await store.getState().catchUp(BIG)
    const seqs = store.getState().messages[BIG]!.map((m) => m.seq)
    expect(seqs.slice(-6)).toEqual([2000, 2001, 2002, 2003, 2004, 2005])
    expect(new Set(seqs).size).toBe(seqs.length)
    await store.getState().catchUp(BIG)
    expect(store.getState().messages[BIG]!.map((m) => m.seq)).toEqual(seqs)
  })

  it('counts unread per conversation and in total; reading clears it', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const store = newStore()
    store.getState().setUser(owner.id)
    await store.getState().loadConversations()
    const base = store.getState().conversations[CNV]!
    const total = selectUnreadTotal(store.getState())

    store.getState().receive(message(base.lastSeq + 1, { conversationId: CNV }))
    store.getState().receive(message(base.lastSeq + 1, { conversationId: CNV })) // the same event twice
    store.getState().receive(message(base.lastSeq + 2, { conversationId: CNV }))
    expect(store.getState().conversations[CNV]!.unreadCount).toBe(base.unreadCount + 2)
    expect(selectUnreadTotal(store.getState())).toBe(total + 2)

    store
      .getState()
      .applyRead({ conversationId: CNV, userId: owner.id, lastReadSeq: base.lastSeq + 2, unreadCount: 0 })
    expect(store.getState().conversations[CNV]!.unreadCount).toBe(0)
  })

  it('receive leaves the outbox as it is unless the message confirms one of ours', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const store = newStore()
    store.getState().setUser(owner.id)
    await store.getState().loadConversations()
    const base = store.getState().conversations[CNV]!
    const pending = {
      clientMsgId: 'c-mine',
      conversationId: CNV,
      senderId: owner.id,
      type: 'text' as const,
      body: '还没确认',
      createdAt: '2025-03-05T10:00:00+08:00',
      status: 'failed' as const,
    }
    store.setState({ outbox: [pending] })
    const outbox = store.getState().outbox

    store.getState().receive(message(base.lastSeq + 1)) // from the other side
    expect(store.getState().outbox).toBe(outbox) // the same array: nothing watching it renders

    store.getState().receive(message(base.lastSeq + 2, { senderId: owner.id, clientMsgId: 'c-mine' }))
    expect(store.getState().outbox).toEqual([])
  })

  it('a change of user clears what was theirs on screen but keeps what they have not sent', () => {
    const store = newStore()
    store.getState().setUser('usr-owner-01')
    const unsent = {
      clientMsgId: 'c-1',
      conversationId: CNV,
      senderId: 'usr-owner-01',
      type: 'text' as const,
      body: '下次登录再发',
      createdAt: '2025-03-05T10:00:00+08:00',
      status: 'failed' as const,
    }
    store.setState({ messages: { [CNV]: [message(1)] }, peerReadSeq: { [CNV]: 1 }, outbox: [unsent] })
    store.getState().setUser('usr-owner-02')
    expect(store.getState()).toMatchObject({
      messages: {},
      peerReadSeq: {},
      conversations: {},
      outbox: [unsent],
    })
  })

  it('the app store starts empty', () => {
    expect(useChatStore.getState().outbox).toEqual([])
  })
})
