/** @jest-environment node */
import { INDUSTRY_CHAINS } from '../../../src/api/contract/schemas/common'
import { REQUEST_STATUSES } from '../../../src/api/contract/schemas/service-request'

import { SEED_NOW, setup, type Json } from './support'

const ADMIN = 'usr-admin-01'

async function world() {
  const env = setup()
  const accounts: Json[] = (await env.call(undefined, 'GET', '/auth/demo-accounts')).body
  const admin = env.as(ADMIN)
  const requests: Json[] = (await admin.get('/service-requests?limit=100')).body.items
  const salons: Json[] = (await admin.get('/salons?limit=100')).body.items
  return { env, accounts, requests, salons, admin }
}

describe('seed world', () => {
  it('has ≥12 enterprises over ≥4 chains, each with an owner and a specialist of each kind', async () => {
    const { env, accounts } = await world()
    const owners = accounts.filter((a) => a.role === 'owner')
    expect(owners.length).toBeGreaterThanOrEqual(12)
    const names = owners.map((o) => o.enterpriseName)
    expect(names).toEqual(expect.arrayContaining(['重庆飞快通航科技有限公司', '重庆易易互联科技有限公司']))
    expect(names.some((n) => n.includes('生命科学创新中心'))).toBe(true)
    const specialists = accounts.filter((a) => a.role === 'specialist')
    expect(specialists.length).toBeGreaterThanOrEqual(4)
    expect(new Set(specialists.map((s) => s.kind))).toEqual(new Set(['service', 'liaison']))
    expect(accounts.filter((a) => a.role === 'admin')).toHaveLength(1)
    const chains = new Set<string>()
    for (const o of owners) {
      const me = (await env.as(o.userId).get('/me')).body
      chains.add(me.enterprise.industryChain)
      expect(INDUSTRY_CHAINS).toContain(me.enterprise.industryChain)
      expect(me.specialists.map((s: Json) => s.kind)).toEqual(['service', 'liaison'])
      expect(me.enterprise.creditCode).toContain('MOCK')
    }
    expect(chains.size).toBeGreaterThanOrEqual(4)
  })

  it('has the seven service types with every field type, options and a phone pattern', async () => {
    const { admin } = await world()
    const types: Json[] = (await admin.get('/service-types')).body
    expect(types.map((t) => t.code)).toHaveLength(7)
    const fields = types.flatMap((t) => t.fields)
    expect(new Set(fields.map((f: Json) => f.type))).toEqual(
      new Set(['text', 'textarea', 'number', 'date', 'select', 'phone']),
    )
    expect(fields.filter((f: Json) => f.type === 'select').every((f: Json) => f.options.length > 1)).toBe(
      true,
    )
    expect(fields.filter((f: Json) => f.type === 'phone').every((f: Json) => f.pattern)).toBe(true)
    expect(types.every((t) => t.materials.length > 0 && t.targetDays > 0)).toBe(true)
  })

  it('has requests in every status, some overdue, and no real phone numbers', async () => {
    const { requests } = await world()
    expect(new Set(requests.map((r) => r.status))).toEqual(new Set(REQUEST_STATUSES))
    const open = requests.filter((r) => r.status !== 'completed' && r.status !== 'cancelled')
    expect(open.filter((r) => Date.parse(r.dueAt) < SEED_NOW.getTime()).length).toBeGreaterThanOrEqual(2)
    // The owners' invented account numbers (the 138 0000 block), dialable from 办理, never anyone's own.
    const phones = requests.map((r) => r.fields.contactPhone).filter(Boolean)
    expect(phones.length).toBeGreaterThan(0)
    expect(phones.every((p: string) => /^1380000\d{4}$/.test(p))).toBe(true)
    expect(requests.every((r) => Date.parse(r.createdAt) <= SEED_NOW.getTime())).toBe(true)
  })

  it('has conversations with history, one of exactly 2,000 messages', async () => {
    const { env } = await world()
    const conversations: Json[] = (await env.as('usr-owner-01').get('/conversations')).body.items
    const long = conversations.find((c) => c.lastSeq === 2000)
    expect(long).toBeDefined()
    const page = (await env.as('usr-owner-01').get(`/conversations/${long.id}/messages?afterSeq=0&limit=100`))
      .body
    expect(page.items.map((m: Json) => m.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1))
    const others: Json[] = (await env.as('usr-owner-05').get('/conversations')).body.items
    expect(others.every((c) => c.lastSeq > 0)).toBe(true)
  })

  it('has salons in every state, one with a single seat left and one full with a waitlist', async () => {
    const { salons } = await world()
    const now = SEED_NOW.getTime()
    expect(salons.some((s) => s.status === 'draft')).toBe(true)
    expect(salons.some((s) => s.status === 'cancelled')).toBe(true)
    expect(salons.some((s) => s.status === 'published' && Date.parse(s.startAt) > now)).toBe(true)
    expect(salons.some((s) => s.status === 'published' && Date.parse(s.endAt) < now)).toBe(true)
    const open = salons.filter((s) => s.status === 'published' && Date.parse(s.bookingDeadline) > now)
    expect(open.some((s) => s.capacity - s.bookedCount === 1)).toBe(true)
    expect(open.some((s) => s.bookedCount === s.capacity && s.waitlistCount > 0)).toBe(true)
  })

  // A poster's url is signed with each backend's own secret: the file it names is what must agree.
  const unsigned = (salons: Json[]) =>
    salons.map((s) => (s.poster ? { ...s, poster: { ...s.poster, url: s.poster.url.split('?')[0] } } : s))

  it('is deterministic for the same seed clock and restored by reset', async () => {
    const a = await world()
    const b = await world()
    expect(b.requests).toEqual(a.requests)
    expect(unsigned(b.salons)).toEqual(unsigned(a.salons))
    await a.env.as('usr-owner-01').post('/salons/sal-01/bookings', {})
    await a.env.call(undefined, 'POST', '/__mock/reset')
    expect(unsigned((await a.admin.get('/salons?limit=100')).body.items)).toEqual(unsigned(b.salons))
  })

  it('gives some salons an agenda, speakers, coordinates and a poster that loads as a PNG', async () => {
    const { env, salons } = await world()
    const rich = salons.find((s) => s.agenda?.length && s.speakerProfiles?.length && s.coordinates)
    expect(rich).toBeDefined()
    const withPoster = salons.filter((s) => s.poster)
    expect(withPoster.length).toBeGreaterThan(0)
    for (const salon of withPoster) {
      // Loaded as an <image> would: by its signed url, no token.
      const res = await env.call(undefined, 'GET', (salon.poster.url as string).replace('/api/v1', ''))
      expect(res.status).toBe(200)
      const bytes = new Uint8Array(res.body as ArrayBuffer)
      expect([...bytes.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
      expect(bytes.byteLength).toBe(salon.poster.size)
    }
  })

  it('shows owners published salons only', async () => {
    const { env } = await world()
    const seen: Json[] = (await env.as('usr-owner-01').get('/salons?limit=100')).body.items
    expect(seen.every((s) => s.status === 'published')).toBe(true)
    const upcoming: Json[] = (await env.as('usr-owner-01').get('/salons?when=upcoming')).body.items
    expect(upcoming.every((s) => Date.parse(s.endAt) >= SEED_NOW.getTime())).toBe(true)
    expect(upcoming.map((s) => s.startAt)).toEqual([...upcoming.map((s) => s.startAt)].sort())
  })
})
