/** @jest-environment node */
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
