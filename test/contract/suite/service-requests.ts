import {
  ServiceRequestListSchema,
  ServiceRequestSchema,
  ServiceTypeListSchema,
} from '../../../src/api/contract/schemas/service-request'
import {
  expectError,
  expectForbidden,
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import { uniqueId } from '../fixtures'
import type { Json } from '../transport'

import { createRequest, requestBody, serviceTypes, type ContractContext } from './context'

const DAY = 24 * 3600_000

/** Working days strictly after `from` up to and including `to`'s date, Saturdays and Sundays skipped. */
function workingDaysBetween(from: Date, to: Date): number {
  let days = 0
  for (let t = from.getTime() + DAY; t <= to.getTime() + 1000; t += DAY) {
    const weekday = new Date(t + 8 * 3600_000).getUTCDay()
    if (weekday !== 0 && weekday !== 6) days += 1
  }
  return days
}

export function serviceRequestSuite(ctx: ContractContext): void {
  describe('service types', () => {
    test('GET /service-types: the catalogue with fields, materials and target days', async () => {
      const owner = await ctx.world.owner()
      const res = await ctx.api.as(owner).get('/service-types')
      expectStatus(res, 200)
      const types = expectShape(ServiceTypeListSchema, res.body)
      expect(types.length).toBeGreaterThanOrEqual(7)
      for (const type of types) {
        expect(type.fields.length).toBeGreaterThan(0)
        expect(type.targetDays).toBeGreaterThan(0)
      }
      // Every role reads the catalogue.
      expectStatus(await ctx.api.as(await ctx.world.admin()).get('/service-types'), 200)
      expectStatus(await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).get('/service-types'), 200)
    })

    test('GET /service-types without a token → 401', async () => {
      expectUnauthenticated(await ctx.api.anonymous().get('/service-types'))
    })
  })

  describe('POST /service-requests', () => {
    test('an owner submits: 201, submitted, its enterprise, assigned to its service specialist', async () => {
      const owner = await ctx.world.owner()
      const { type, ...body } = await requestBody(ctx, owner)
      const res = await ctx.api.as(owner).post('/service-requests', body)
      expectStatus(res, 201)
      const created = expectShape(ServiceRequestSchema, res.body)
      expect(created).toMatchObject({
        serviceType: body.serviceType,
        status: 'submitted',
        enterpriseId: owner.enterprise.id,
        assigneeId: owner.enterprise.specialistIds.service,
        fields: body.fields,
      })
      expect(created.number.length).toBeGreaterThan(0)
      expect(created.timeline).toHaveLength(1)
      expect(created.timeline[0]).toMatchObject({ toStatus: 'submitted', actorId: owner.user.id })
      // dueAt: createdAt + targetDays working days.
      const createdAt = new Date(created.createdAt)
      const dueAt = new Date(created.dueAt)
      expect(dueAt.getTime()).toBeGreaterThan(createdAt.getTime())
      expect(workingDaysBetween(createdAt, dueAt)).toBe(type.targetDays)
      // It is really stored.
      const again = await ctx.api.as(owner).get(`/service-requests/${created.id}`)
      expectStatus(again, 200)
      expect(again.body.id).toBe(created.id)
    })

    test('attachments uploaded before are kept on the request', async () => {
      const owner = await ctx.world.owner()
      const upload = await ctx.api.as(owner).upload({
        name: '身份证.png',
        mime: 'image/png',
        data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      })
      expectStatus(upload, 201)
      const { type: _type, ...body } = await requestBody(ctx, owner)
      const res = await ctx.api.as(owner).post('/service-requests', { ...body, attachments: [upload.body] })
      expectStatus(res, 201)
      expect(res.body.attachments).toEqual([upload.body])
    })

    test('a missing required field → 400 naming fields.<key>', async () => {
      const owner = await ctx.world.owner()
      const { type, ...body } = await requestBody(ctx, owner)
      const required = (type.fields as Json[]).find((f) => f.required)
      const fields = { ...body.fields }
      delete fields[required.key]
      const res = await ctx.api.as(owner).post('/service-requests', { ...body, fields })
      expectValidation(res, `fields.${required.key}`)
    })

    test('a phone that fails its pattern → 400 naming the field', async () => {
      const owner = await ctx.world.owner()
      const types = await serviceTypes(ctx, owner)
      const type = types.find((t) => (t.fields as Json[]).some((f) => f.type === 'phone'))
      const phone = (type.fields as Json[]).find((f) => f.type === 'phone')
      const { type: _type, ...body } = await requestBody(ctx, owner, type.code)
      const res = await ctx.api
        .as(owner)
        .post('/service-requests', { ...body, fields: { ...body.fields, [phone.key]: '12345' } })
      expectValidation(res, `fields.${phone.key}`)
    })

    test('an unknown service type, or no fields at all → 400', async () => {
      const owner = await ctx.world.owner()
      const { type: _type, ...body } = await requestBody(ctx, owner)
      expectValidation(
        await ctx.api.as(owner).post('/service-requests', { ...body, serviceType: 'teleportation' }),
        'serviceType',
      )
      expectValidation(
        await ctx.api.as(owner).post('/service-requests', { serviceType: body.serviceType }),
        'fields',
      )
    })

    test('without a token → 401 (even with a bad body); a specialist or an admin → 403', async () => {
      const owner = await ctx.world.owner()
      const { type: _type, ...body } = await requestBody(ctx, owner)
      expectUnauthenticated(await ctx.api.anonymous().post('/service-requests', body))
      expectUnauthenticated(await ctx.api.anonymous().post('/service-requests', {}))
      expectForbidden(
        await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).post('/service-requests', body),
      )
      expectForbidden(await ctx.api.as(await ctx.world.admin()).post('/service-requests', body))
    })

    test('the same Idempotency-Key and body, retried 10 times one after another, creates one request', async () => {
      const owner = await ctx.world.owner()
      const { type: _type, ...body } = await requestBody(ctx, owner)
      const before = await countRequests(ctx, owner)
      const idempotencyKey = uniqueId('idem-seq')
      const answers = []
      for (let i = 0; i < 10; i += 1) {
        answers.push(await ctx.api.as(owner).post('/service-requests', body, { idempotencyKey }))
      }
      for (const res of answers) expectStatus(res, 201)
      expect(new Set(answers.map((r) => r.body.id)).size).toBe(1)
      expect(await countRequests(ctx, owner)).toBe(before + 1)
    })

    test('the same Idempotency-Key and body, 10 at once, creates one request', async () => {
      const owner = await ctx.world.owner()
      const { type: _type, ...body } = await requestBody(ctx, owner)
      const before = await countRequests(ctx, owner)
      const idempotencyKey = uniqueId('idem-par')
      const answers = await Promise.all(
        Array.from({ length: 10 }, () =>
          ctx.api.as(owner).post('/service-requests', body, { idempotencyKey }),
        ),
      )
      for (const res of answers) expectStatus(res, 201)
      expect(new Set(answers.map((r) => r.body.id)).size).toBe(1)
      expect(await countRequests(ctx, owner)).toBe(before + 1)
    })

    test('the same Idempotency-Key with a different body → 422 IDEMPOTENCY_MISMATCH, nothing created', async () => {
      const owner = await ctx.world.owner()
      const { type: _type, ...body } = await requestBody(ctx, owner)
      const idempotencyKey = uniqueId('idem-mismatch')
      expectStatus(await ctx.api.as(owner).post('/service-requests', body, { idempotencyKey }), 201)
      const before = await countRequests(ctx, owner)
      const changed = { ...body, note: '换了内容' }
      const res = await ctx.api.as(owner).post('/service-requests', changed, { idempotencyKey })
      expectError(res, 422, 'IDEMPOTENCY_MISMATCH')
      expect(await countRequests(ctx, owner)).toBe(before)
    })
  })

  describe('GET /service-requests', () => {
    test('an owner sees only its own enterprise; a specialist only its assigned ones; an admin all', async () => {
      const [a, b] = await ctx.world.owners(2)
      if (!a || !b) throw new Error('two owners needed')
      await createRequest(ctx, a)
      await createRequest(ctx, b)
      const mine = await listAll(ctx, a, '')
      expect(mine.length).toBeGreaterThan(0)
      expect(mine.every((r) => r.enterpriseId === a.enterprise.id)).toBe(true)

      const specialist = await ctx.world.serviceSpecialistOf(a)
      // The enterprises this specialist serves, as their owners' GET /me tells (service or liaison).
      const owners = await ctx.world.owners(
        (await ctx.world.accounts()).filter((x) => x.role === 'owner').length,
      )
      const served = new Set(
        owners
          .filter((o) => Object.values(o.enterprise.specialistIds).includes(specialist.user.id))
          .map((o) => o.enterprise.id),
      )
      const queue = await listAll(ctx, specialist, '')
      expect(queue.some((r) => r.enterpriseId === a.enterprise.id)).toBe(true)
      expect(queue.every((r) => r.assigneeId === specialist.user.id || served.has(r.enterpriseId))).toBe(true)

      const all = await listAll(ctx, await ctx.world.admin(), '')
      const enterprises = new Set(all.map((r) => r.enterpriseId))
      expect(enterprises.has(a.enterprise.id) && enterprises.has(b.enterprise.id)).toBe(true)
    })

    test('?status= filters, one or several', async () => {
      const owner = await ctx.world.owner()
      await createRequest(ctx, owner)
      const admin = await ctx.world.admin()
      const submitted = await listAll(ctx, admin, 'status=submitted')
      expect(submitted.length).toBeGreaterThan(0)
      expect(submitted.every((r) => r.status === 'submitted')).toBe(true)
      const two = await listAll(ctx, admin, 'status=submitted,completed')
      expect(two.every((r) => ['submitted', 'completed'].includes(r.status))).toBe(true)
      expect(two.length).toBeGreaterThanOrEqual(submitted.length)
    })

    test('cursor paging: pages of `limit`, no repeats, nextCursor null at the end', async () => {
      const admin = await ctx.world.admin()
      const first = await ctx.api.as(admin).get('/service-requests?limit=2')
      expectStatus(first, 200)
      const page = expectShape(ServiceRequestListSchema, first.body)
      expect(page.items.length).toBeLessThanOrEqual(2)
      // limit defaults to 20.
      const byDefault = await ctx.api.as(admin).get('/service-requests')
      expectStatus(byDefault, 200)
      expect(byDefault.body.items.length).toBeLessThanOrEqual(20)
      const all = await listAll(ctx, admin, '', 2)
      if (all.length > 20) expect(byDefault.body.nextCursor).not.toBeNull()
      expect(new Set(all.map((r) => r.id)).size).toBe(all.length)
      const unpaged = await ctx.api.as(admin).get('/service-requests?limit=100')
      if (unpaged.body.nextCursor === null) expect(all.length).toBe(unpaged.body.items.length)
    })

    test('an unknown status, limit 0 or limit 101 → 400 naming the parameter', async () => {
      const owner = await ctx.world.owner()
      expectValidation(await ctx.api.as(owner).get('/service-requests?status=flying'), 'status')
      expectValidation(await ctx.api.as(owner).get('/service-requests?limit=0'), 'limit')
      expectValidation(await ctx.api.as(owner).get('/service-requests?limit=101'), 'limit')
    })

    test('without a token → 401', async () => {
      expectUnauthenticated(await ctx.api.anonymous().get('/service-requests'))
    })
  })

  describe('GET /service-requests/:id', () => {
    test('the owner, its specialists (service and liaison) and an admin read it', async () => {
      const owner = await ctx.world.owner()
      const created = await createRequest(ctx, owner)
      const readers = [
        owner,
        await ctx.world.serviceSpecialistOf(owner),
        await ctx.world.liaisonOf(owner),
        await ctx.world.admin(),
      ]
      for (const who of readers) {
        const res = await ctx.api.as(who).get(`/service-requests/${created.id}`)
        expectStatus(res, 200)
        expect(expectShape(ServiceRequestSchema, res.body).id).toBe(created.id)
      }
    })

    test('one tenancy rule: a specialist opens by id exactly the requests its own list shows', async () => {
      const owner = await ctx.world.owner()
      const created = await createRequest(ctx, owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      // The request goes to one of the pair; the other serves the same enterprise, the stranger none.
      for (const who of [
        await ctx.world.serviceSpecialistOf(owner),
        await ctx.world.liaisonOf(owner),
        stranger,
      ]) {
        const listed = (await listAll(ctx, who, '')).some((r) => r.id === created.id)
        const opened = (await ctx.api.as(who).get(`/service-requests/${created.id}`)).status === 200
        expect({ who: who.user.name, listed }).toEqual({ who: who.user.name, listed: opened })
      }
    })

    test("another enterprise's owner or an unrelated specialist → 404, as for an unknown id", async () => {
      const owner = await ctx.world.owner()
      const created = await createRequest(ctx, owner)
      const other = await ctx.world.otherOwnerThan(owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      expectNotFound(await ctx.api.as(other).get(`/service-requests/${created.id}`))
      expectNotFound(await ctx.api.as(stranger).get(`/service-requests/${created.id}`))
      expectNotFound(await ctx.api.as(owner).get('/service-requests/req-does-not-exist'))
    })

    test('without a token → 401', async () => {
      const owner = await ctx.world.owner()
      const created = await createRequest(ctx, owner)
      expectUnauthenticated(await ctx.api.anonymous().get(`/service-requests/${created.id}`))
    })
  })
}

async function listAll(
  ctx: ContractContext,
  who: { token: string },
  query: string,
  limit = 100,
): Promise<Json[]> {
  const items: Json[] = []
  let cursor: string | null = null
  // The seed's history (seed/history.ts) holds a couple of hundred requests: room for pages of 2.
  for (let page = 0; page < 200; page += 1) {
    const params = new URLSearchParams(query)
    params.set('limit', String(limit))
    if (cursor) params.set('cursor', cursor)
    const res = await ctx.api.as(who).get(`/service-requests?${params.toString()}`)
    expectStatus(res, 200)
    const list = expectShape(ServiceRequestListSchema, res.body)
    items.push(...list.items)
    cursor = list.nextCursor
    if (!cursor) return items
  }
  throw new Error('paging never ended')
}

async function countRequests(ctx: ContractContext, who: { token: string }): Promise<number> {
  return (await listAll(ctx, who, '')).length
}
