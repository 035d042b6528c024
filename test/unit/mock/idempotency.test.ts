/** @jest-environment node */
import type { Backend } from '../../../mock/backend'
import { MAX_KEYS_PER_USER } from '../../../mock/idempotency'

import { BANK_ACCOUNT_FIELDS, setup } from './support'

const body = { serviceType: 'bank_account', fields: BANK_ACCOUNT_FIELDS }
const key = (k: string) => ({ 'idempotency-key': k })

describe('Idempotency-Key', () => {
  it('same key and body ten times: one request, the first answer every time', async () => {
    const { as } = setup()
    const owner = as('usr-owner-01')
    const before = (await owner.get('/service-requests?limit=100')).body.items.length
    const answers = []
    for (let i = 0; i < 10; i += 1) answers.push(await owner.post('/service-requests', body, key('k-1')))
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1)
    expect(answers.every((a) => a.status === 201)).toBe(true)
    expect((await owner.get('/service-requests?limit=100')).body.items.length).toBe(before + 1)
  })

  it('holds under ten concurrent sends of the same key', async () => {
    const { as, events } = setup()
    const owner = as('usr-owner-01')
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => owner.post('/service-requests', body, key('k-2'))),
    )
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1)
    expect(
      events.filter((e) => e.event.type === 'request.updated' && e.userId === 'usr-owner-01'),
    ).toHaveLength(1)
  })

  it('same key, different body: 422 IDEMPOTENCY_MISMATCH and nothing created', async () => {
    const { as } = setup()
    const owner = as('usr-owner-01')
    await owner.post('/service-requests', body, key('k-3'))
    const count = (await owner.get('/service-requests?limit=100')).body.items.length
    const other = { ...body, note: '换了内容' }
    const res = await owner.post('/service-requests', other, key('k-3'))
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('IDEMPOTENCY_MISMATCH')
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect((await owner.get('/service-requests?limit=100')).body.items.length).toBe(count)
  })

  it('scopes keys per user', async () => {
    const { as } = setup()
    const a = await as('usr-owner-01').post('/service-requests', body, key('shared'))
    const b = await as('usr-owner-02').post('/service-requests', body, key('shared'))
    expect(b.status).toBe(201)
    expect(b.body.id).not.toBe(a.body.id)
    expect(b.body.enterpriseId).toBe('ent-02')
  })

  it('replays a booking instead of answering 409 for the duplicate', async () => {
    const { as } = setup()
    const owner = as('usr-owner-01')
    const first = await owner.post('/salons/sal-01/bookings', {}, key('b-1'))
    const again = await owner.post('/salons/sal-01/bookings', {}, key('b-1'))
    expect(first.status).toBe(201)
    expect(again).toEqual(first)
    const withoutKey = await owner.post('/salons/sal-01/bookings', {})
    expect(withoutKey.status).toBe(409)
    expect(withoutKey.body.error.code).toBe('CONFLICT')
  })

  it('does not treat key order in the body as a different body', async () => {
    const { as } = setup()
    const owner = as('usr-owner-01')
    const a = await owner.post(
      '/service-requests',
      { serviceType: 'bank_account', fields: BANK_ACCOUNT_FIELDS },
      key('k-4'),
    )
    const b = await owner.post(
      '/service-requests',
      { fields: BANK_ACCOUNT_FIELDS, serviceType: 'bank_account' },
      key('k-4'),
    )
    expect(b.body.id).toBe(a.body.id)
  })
})

describe('Idempotency store (issue 12: bounded, hashed, expiring)', () => {
  const HOUR = 3600_000
  const inspect = (backend: Backend) => backend.inspect()

  it('keeps a hash of the request, not the request', async () => {
    const { as, backend } = setup()
    const note = '长'.repeat(900)
    await as('usr-owner-01').post('/service-requests', { ...body, note }, key('h-1'))
    const rows = [...inspect(backend).idempotency.values()]
    expect(rows).toHaveLength(1)
    expect(rows[0]?.fingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps nothing for an answer that is not a success', async () => {
    const { as, backend } = setup()
    const owner = as('usr-owner-01')
    for (let i = 0; i < 20; i += 1) {
      const res = await owner.post(
        '/service-requests',
        { ...body, serviceType: 'nope', note: 'x'.repeat(900) },
        key(`f-${i}`),
      )
      expect(res.status).toBe(400)
    }
    expect(inspect(backend).idempotency.size).toBe(0)
  })

  it('forgets a key after 24 hours on the mock clock: the same key then makes a new request', async () => {
    const { as, clock } = setup()
    const owner = as('usr-owner-01')
    const first = await owner.post('/service-requests', body, key('e-1'))
    clock.set(new Date(clock.now().getTime() + 23 * HOUR))
    expect((await owner.post('/service-requests', body, key('e-1'))).body.id).toBe(first.body.id)
    clock.set(new Date(clock.now().getTime() + 2 * HOUR))
    const later = await owner.post('/service-requests', body, key('e-1'))
    expect(later.status).toBe(201)
    expect(later.body.id).not.toBe(first.body.id)
  })

  it('holds at most MAX_KEYS_PER_USER keys per user, dropping that user’s oldest first', async () => {
    const { as, backend } = setup()
    const owner = as('usr-owner-01')
    const other = await as('usr-owner-02').post('/service-requests', body, key('other'))
    for (let i = 0; i <= MAX_KEYS_PER_USER; i += 1) {
      await owner.post(
        '/conversations/cnv-ent-01-usr-spec-01/messages',
        { clientMsgId: `m-${i}`, type: 'text', body: `第 ${i} 条` },
        key(`b-${i}`),
      )
    }
    const store = inspect(backend).idempotency
    const mine = [...store.keys()].filter((slot) => slot.startsWith('usr-owner-01|'))
    expect(mine).toHaveLength(MAX_KEYS_PER_USER)
    expect(store.has('usr-owner-01|b-0')).toBe(false)
    expect(store.has(`usr-owner-01|b-${MAX_KEYS_PER_USER}`)).toBe(true)
    // Another user's key is not pushed out by this one's flood.
    expect(other.status).toBe(201)
    expect(store.has('usr-owner-02|other')).toBe(true)
  })
})
