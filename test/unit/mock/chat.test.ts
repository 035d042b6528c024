/** @jest-environment node */
import { setup } from './support'

const CONV = 'cnv-ent-01-usr-spec-01' // the 2,000-message conversation
const OWNER = 'usr-owner-01'
const SPECIALIST = 'usr-spec-01'

describe('chat', () => {
  it('dedupes a resent clientMsgId and returns the first message', async () => {
    const { as, events } = setup()
    const owner = as(OWNER)
    const first = await owner.post(`/conversations/${CONV}/messages`, {
      clientMsgId: 'c-1',
      type: 'text',
      body: '你好',
    })
    const again = await owner.post(`/conversations/${CONV}/messages`, {
      clientMsgId: 'c-1',
      type: 'text',
      body: '你好',
    })
    expect(first.status).toBe(201)
    expect(first.body.seq).toBe(2001)
    expect(again.body).toEqual(first.body)
    expect(events.filter((e) => e.event.type === 'message.created' && e.userId === SPECIALIST)).toHaveLength(
      1,
    )
  })

  it('two concurrent sends of the same clientMsgId make one message', async () => {
    const { as } = setup()
    const owner = as(OWNER)
    const send = () =>
      owner.post(`/conversations/${CONV}/messages`, { clientMsgId: 'same', type: 'text', body: '并发' })
    const [a, b] = await Promise.all([send(), send()])
    expect(a.body.id).toBe(b.body.id)
    const tail = await owner.get(`/conversations/${CONV}/messages?afterSeq=2000`)
    expect(tail.body.items).toHaveLength(1)
  })

  it('gives gapless seq under concurrent sends from both sides', async () => {
    const { as, events } = setup()
    const owner = as(OWNER)
    const specialist = as(SPECIALIST)
    const sends = Array.from({ length: 60 }, (_, i) =>
      (i % 2 ? owner : specialist).post(`/conversations/${CONV}/messages`, {
        clientMsgId: `m-${i}`,
        type: 'text',
        body: `第 ${i} 条`,
      }),
    )
    const seqs = (await Promise.all(sends)).map((r) => r.body.seq as number).sort((x, y) => x - y)
    expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => 2001 + i))
    const pushed = events.filter((e) => e.event.type === 'message.created' && e.userId === OWNER)
    expect(pushed).toHaveLength(60)
  })

  it('pages backward with beforeSeq and forward with afterSeq', async () => {
    const { as } = setup()
    const owner = as(OWNER)
    const latest = await owner.get(`/conversations/${CONV}/messages?limit=50`)
    expect(latest.body.items.map((m: { seq: number }) => m.seq)).toEqual(
      Array.from({ length: 50 }, (_, i) => 1951 + i),
    )
    expect(latest.body.nextCursor).toBe('1951')
    const older = await owner.get(`/conversations/${CONV}/messages?beforeSeq=1951&limit=100`)
    expect(older.body.items[0].seq).toBe(1851)
    expect(older.body.items[99].seq).toBe(1950)
    const first = await owner.get(`/conversations/${CONV}/messages?beforeSeq=3&limit=20`)
    expect(first.body.items.map((m: { seq: number }) => m.seq)).toEqual([1, 2])
    expect(first.body.nextCursor).toBeNull()
    const after = await owner.get(`/conversations/${CONV}/messages?afterSeq=1990&limit=5`)
    expect(after.body.items.map((m: { seq: number }) => m.seq)).toEqual([1991, 1992, 1993, 1994, 1995])
    expect(after.body.nextCursor).toBe('1995')
    const end = await owner.get(`/conversations/${CONV}/messages?afterSeq=1995&limit=100`)
    expect(end.body.items).toHaveLength(5)
    expect(end.body.nextCursor).toBeNull()
    expect((await owner.get(`/conversations/${CONV}/messages?limit=101`)).status).toBe(400)
  })

  it('marks read forward only and tells the participants', async () => {
    const { as, events } = setup()
    const owner = as(OWNER)
    const before = (await owner.get('/conversations')).body.items.find((c: { id: string }) => c.id === CONV)
    expect(before.unreadCount).toBeGreaterThan(0)
    const read = await owner.post(`/conversations/${CONV}/read`, { seq: 2000 })
    expect(read.body).toEqual({ conversationId: CONV, userId: OWNER, lastReadSeq: 2000, unreadCount: 0 })
    const back = await owner.post(`/conversations/${CONV}/read`, { seq: 5 })
    expect(back.body.lastReadSeq).toBe(2000)
    expect(events.some((e) => e.event.type === 'conversation.read' && e.userId === SPECIALIST)).toBe(true)
  })

  it('lists each user only its own conversations, and hides others’ (404)', async () => {
    const { as } = setup()
    expect((await as(OWNER).get('/conversations')).body.items).toHaveLength(2)
    expect((await as(SPECIALIST).get('/conversations')).body.items.length).toBeGreaterThanOrEqual(4)
    expect((await as('usr-admin-01').get('/conversations')).body.items).toHaveLength(0)
    expect((await as('usr-owner-02').get(`/conversations/${CONV}/messages`)).status).toBe(404)
    const post = await as('usr-owner-02').post(`/conversations/${CONV}/messages`, {
      clientMsgId: 'x',
      type: 'text',
      body: 'hi',
    })
    expect(post.status).toBe(404)
  })

  it('rejects a client-sent system message and an empty body (400)', async () => {
    const { as } = setup()
    const owner = as(OWNER)
    const system = await owner.post(`/conversations/${CONV}/messages`, {
      clientMsgId: 's',
      type: 'system',
      body: '伪造',
    })
    expect(system.status).toBe(400)
    const empty = await owner.post(`/conversations/${CONV}/messages`, {
      clientMsgId: 'e',
      type: 'text',
      body: '  ',
    })
    expect(empty.status).toBe(400)
    expect(empty.body.error.details[0].path).toBe('body')
  })
})
