import WebSocket from 'ws'

import {
  ConversationListSchema,
  MessageListSchema,
  MessageSchema,
  ReadStateSchema,
} from '../../../src/api/contract/schemas/chat'
import {
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import { uniqueId } from '../fixtures'
import type { Json } from '../transport'
import type { Actor, Owner } from '../world'

import type { ContractContext } from './context'

export function chatSuite(ctx: ContractContext): void {
  /** The owner's conversation with its service specialist. */
  async function setup() {
    const owner = await ctx.world.owner()
    const specialist = await ctx.world.serviceSpecialistOf(owner)
    const res = await ctx.api.as(owner).get('/conversations')
    expectStatus(res, 200)
    const conversation = (res.body.items as Json[]).find((c) => c.specialistId === specialist.user.id)
    if (!conversation) throw new Error('the owner has no conversation with its service specialist')
    return { owner, specialist, conversation, id: conversation.id as string }
  }

  const send = (who: Actor, id: string, body: Record<string, unknown>) =>
    ctx.api.as(who).post(`/conversations/${id}/messages`, body)
  const text = (body: string, clientMsgId = uniqueId('cm')) => ({ clientMsgId, type: 'text', body })

  /** The last seq of a conversation, read through the messages route (the newest page ends with it). */
  async function lastSeq(who: Actor, id: string): Promise<number> {
    const res = await ctx.api.as(who).get(`/conversations/${id}/messages?limit=1`)
    expectStatus(res, 200)
    const items = res.body.items as Json[]
    return items.length ? (items[items.length - 1].seq as number) : 0
  }

  async function after(who: Actor, id: string, seq: number): Promise<Json[]> {
    const out: Json[] = []
    let cursor = seq
    for (let i = 0; i < 20; i += 1) {
      const res = await ctx.api.as(who).get(`/conversations/${id}/messages?afterSeq=${cursor}&limit=100`)
      expectStatus(res, 200)
      const items = expectShape(MessageListSchema, res.body).items
      if (items.length === 0) return out
      out.push(...items)
      cursor = items[items.length - 1]?.seq ?? cursor
    }
    throw new Error('afterSeq paging never ended')
  }

  describe('GET /conversations', () => {
    test('an owner has two: one with each of its specialists', async () => {
      const owner: Owner = await ctx.world.owner()
      const res = await ctx.api.as(owner).get('/conversations')
      expectStatus(res, 200)
      const list = expectShape(ConversationListSchema, res.body)
      expect(list.items).toHaveLength(2)
      expect(list.items.every((c) => c.enterpriseId === owner.enterprise.id)).toBe(true)
      expect(list.items.map((c) => c.specialistId).sort()).toEqual(
        Object.values(owner.enterprise.specialistIds).sort(),
      )
    })

    test('a specialist has one per enterprise it serves, all its own', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const res = await ctx.api.as(specialist).get('/conversations?limit=100')
      expectStatus(res, 200)
      const items = expectShape(ConversationListSchema, res.body).items
      expect(items.every((c) => c.specialistId === specialist.user.id)).toBe(true)
      expect(new Set(items.map((c) => c.enterpriseId)).size).toBe(items.length)
      expect(items.some((c) => c.enterpriseId === owner.enterprise.id)).toBe(true)
    })

    test('limit 0 → 400; without a token → 401', async () => {
      const owner = await ctx.world.owner()
      expectValidation(await ctx.api.as(owner).get('/conversations?limit=0'), 'limit')
      expectUnauthenticated(await ctx.api.anonymous().get('/conversations'))
    })
  })

  describe('messages', () => {
    test('POST a text: 201, the next seq, the sender; the other side receives message.created', async () => {
      const { owner, specialist, id } = await setup()
      const before = await lastSeq(owner, id)
      const tap = await ctx.transport.listen(specialist.token)
      try {
        const body = text('您好，营业执照什么时候能领？')
        const res = await send(owner, id, body)
        expectStatus(res, 201)
        const message = expectShape(MessageSchema, res.body)
        expect(message).toMatchObject({
          ...body,
          conversationId: id,
          senderId: owner.user.id,
          seq: before + 1,
        })
        const event = await tap.waitFor((e) => e.type === 'message.created' && e.data?.id === message.id)
        expect(event.data).toMatchObject({ seq: message.seq, conversationId: id })
      } finally {
        await tap.close()
      }
    })

    test('GET messages: oldest first; beforeSeq gives what came before', async () => {
      const { owner, id } = await setup()
      for (let i = 0; i < 3; i += 1) expectStatus(await send(owner, id, text(`第 ${i + 1} 条`)), 201)
      const res = await ctx.api.as(owner).get(`/conversations/${id}/messages?limit=3`)
      expectStatus(res, 200)
      const page = expectShape(MessageListSchema, res.body).items
      expect(page.map((m) => m.body)).toEqual(['第 1 条', '第 2 条', '第 3 条'])
      const firstSeq = page[0]?.seq ?? 0
      const older = await ctx.api.as(owner).get(`/conversations/${id}/messages?beforeSeq=${firstSeq}&limit=5`)
      expectStatus(older, 200)
      const olderSeqs = (older.body.items as Json[]).map((m) => m.seq as number)
      expect(olderSeqs.every((s) => s < firstSeq)).toBe(true)
      expect(olderSeqs).toEqual([...olderSeqs].sort((a, b) => a - b))
    })

    test('the same clientMsgId twice makes one message, and the second answer is the first message', async () => {
      const { owner, id } = await setup()
      const before = await lastSeq(owner, id)
      const body = text('只发一次', uniqueId('dup'))
      const first = await send(owner, id, body)
      const second = await send(owner, id, body)
      expect([201, 200]).toContain(first.status)
      expect([201, 200]).toContain(second.status)
      expect(second.body.id).toBe(first.body.id)
      expect(second.body.seq).toBe(first.body.seq)
      expect(await after(owner, id, before)).toHaveLength(1)
    })

    test('the same clientMsgId sent 5 times at once makes one message', async () => {
      const { owner, id } = await setup()
      const before = await lastSeq(owner, id)
      const body = text('并发重发', uniqueId('dup-par'))
      const answers = await Promise.all(Array.from({ length: 5 }, () => send(owner, id, body)))
      for (const res of answers) expect([200, 201]).toContain(res.status)
      expect(new Set(answers.map((r) => r.body.id)).size).toBe(1)
      const created = await after(owner, id, before)
      expect(created).toHaveLength(1)
      expect(created[0]?.clientMsgId).toBe(body.clientMsgId)
    })

    test('50 sends from both sides at once get seqs with no gaps; afterSeq returns exactly those', async () => {
      const { owner, specialist, id } = await setup()
      const before = await lastSeq(owner, id)
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => send(i % 2 ? specialist : owner, id, text(`并发消息 ${i}`))),
      )
      for (const res of answers) expectStatus(res, 201)
      const seqs = answers.map((r) => r.body.seq as number).sort((a, b) => a - b)
      expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => before + 1 + i))
      const fetched = await after(specialist, id, before)
      expect(fetched.map((m) => m.seq)).toEqual(seqs)
      expect(new Set(fetched.map((m) => m.id))).toEqual(new Set(answers.map((r) => r.body.id)))
      // From the middle: exactly what came after, nothing before.
      const middle = before + 25
      const tail = await after(owner, id, middle)
      expect(tail.map((m) => m.seq)).toEqual(seqs.filter((s) => s > middle))
    })

    test('a bad message → 400 naming the field: empty body, system type, no clientMsgId', async () => {
      const { owner, id } = await setup()
      expectValidation(await send(owner, id, text('   ')), 'body')
      expectValidation(
        await send(owner, id, { clientMsgId: uniqueId('x'), type: 'system', body: '伪造' }),
        'type',
      )
      expectValidation(await send(owner, id, { type: 'text', body: '没有编号' }), 'clientMsgId')
    })

    test('bad paging → 400: limit 101, afterSeq -1', async () => {
      const { owner, id } = await setup()
      expectValidation(await ctx.api.as(owner).get(`/conversations/${id}/messages?limit=101`), 'limit')
      expectValidation(await ctx.api.as(owner).get(`/conversations/${id}/messages?afterSeq=-1`), 'afterSeq')
    })

    test("someone else's conversation → 404 to read, send or mark read", async () => {
      const { owner, id } = await setup()
      const other = await ctx.world.otherOwnerThan(owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      for (const who of [other, stranger]) {
        expectNotFound(await ctx.api.as(who).get(`/conversations/${id}/messages`))
        expectNotFound(await send(who, id, text('串门')))
        expectNotFound(await ctx.api.as(who).post(`/conversations/${id}/read`, { seq: 1 }))
      }
      expectNotFound(await ctx.api.as(owner).get('/conversations/cnv-does-not-exist/messages'))
    })

    test('without a token → 401 for messages, send and read', async () => {
      const { id } = await setup()
      expectUnauthenticated(await ctx.api.anonymous().get(`/conversations/${id}/messages`))
      expectUnauthenticated(await ctx.api.anonymous().post(`/conversations/${id}/messages`, text('匿名')))
      expectUnauthenticated(await ctx.api.anonymous().post(`/conversations/${id}/read`, { seq: 1 }))
    })
  })

  if (ctx.kind !== 'inprocess') {
    describe('GET /ws', () => {
      test('an unknown token gets no live socket: the handshake fails or the server closes it', async () => {
        const url = `${ctx.transport.baseUrl?.replace(/^http/, 'ws')}/api/v1/ws?token=not-a-real-token`
        const socket = new WebSocket(url)
        const outcome = await new Promise<string>((resolve) => {
          const timer = setTimeout(() => resolve('still open'), 2000)
          const done = (what: string) => {
            clearTimeout(timer)
            resolve(what)
          }
          socket.on('unexpected-response', (_req, res) => done(`refused ${res.statusCode}`))
          socket.on('close', (code) => done(`closed ${code}`))
          socket.on('error', () => done('refused'))
        })
        socket.terminate()
        expect(outcome).not.toBe('still open')
      })
    })
  }

  describe('POST /conversations/:id/read', () => {
    test("unreadCount is the caller's: a message counts for the other side, not for its sender", async () => {
      const { owner, specialist, id } = await setup()
      const unreadOf = async (who: Actor) =>
        ((await ctx.api.as(who).get('/conversations?limit=100')).body.items as Json[]).find(
          (c) => c.id === id,
        )?.unreadCount as number
      const sent = await send(owner, id, text('先读到这里'))
      expectStatus(sent, 201)
      expectStatus(await ctx.api.as(owner).post(`/conversations/${id}/read`, { seq: sent.body.seq }), 200)
      expectStatus(
        await ctx.api.as(specialist).post(`/conversations/${id}/read`, { seq: sent.body.seq }),
        200,
      )
      expect(await unreadOf(owner)).toBe(0)
      expect(await unreadOf(specialist)).toBe(0)
      for (let i = 0; i < 3; i += 1) expectStatus(await send(owner, id, text(`未读 ${i}`)), 201)
      expect(await unreadOf(specialist)).toBe(3)
      expect(await unreadOf(owner)).toBe(0)
    })

    test("reading up to the last seq clears the caller's unread count", async () => {
      const { owner, specialist, id } = await setup()
      const sent = await send(specialist, id, text('材料已收到'))
      expectStatus(sent, 201)
      const unread = (await ctx.api.as(owner).get('/conversations')).body.items.find((c: Json) => c.id === id)
      expect(unread.unreadCount).toBeGreaterThanOrEqual(1)

      const res = await ctx.api.as(owner).post(`/conversations/${id}/read`, { seq: sent.body.seq })
      expectStatus(res, 200)
      const state = expectShape(ReadStateSchema, res.body)
      expect(state).toMatchObject({ conversationId: id, userId: owner.user.id, lastReadSeq: sent.body.seq })
      expect(state.unreadCount).toBe(0)
      const read = (await ctx.api.as(owner).get('/conversations')).body.items.find((c: Json) => c.id === id)
      expect(read.unreadCount).toBe(0)
    })

    test('a missing or negative seq → 400 naming seq', async () => {
      const { owner, id } = await setup()
      expectValidation(await ctx.api.as(owner).post(`/conversations/${id}/read`, {}), 'seq')
      expectValidation(await ctx.api.as(owner).post(`/conversations/${id}/read`, { seq: -1 }), 'seq')
    })
  })
}
