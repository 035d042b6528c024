import { MAX_JSON_BODY_BYTES, MAX_JSON_DEPTH } from '../../../src/api/contract/rules/bodies'
import { expectError, expectStatus, expectUnauthenticated, expectValidation } from '../expectations'
import { uniqueId } from '../fixtures'
import type { ApiResponse, Json } from '../transport'

import { createSalon, requestBody, serviceTypes, type ContractContext } from './context'

/** `{"a":{"a":…1…}}`, `depth` objects deep. */
function nested(depth: number): Json {
  let value: Json = 1
  for (let i = 0; i < depth; i += 1) value = { a: value }
  return value
}

const nestedText = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`

/** Whatever a client sends, the answer is the contract's error body, never a 5xx. */
function expectClientError(res: ApiResponse): void {
  if (res.status >= 500 || res.status < 400) throw new Error(`expected a 4xx, got ${res.status}`)
  expectError(res, res.status, res.body?.error?.code)
}

export function hardeningBodiesSuite(ctx: ContractContext): void {
  describe('hardening: request bodies', () => {
    test('a JSON body whose top level is not an object → 400 on routes that take an object', async () => {
      const owner = await ctx.world.owner()
      const admin = await ctx.world.admin()
      for (const body of [[null], [1], null, 7, 'text', true]) {
        expectError(await ctx.api.as(owner).post('/service-requests', body), 400, 'VALIDATION_FAILED')
        expectError(await ctx.api.as(admin).post('/salons', body), 400, 'VALIDATION_FAILED')
      }
      // Before authentication too: a 4xx with the contract's body, never a crash.
      expectUnauthenticated(await ctx.api.anonymous().post('/service-requests', [null]))
    })

    test('[1] to POST /salons/:id/bookings books nothing', async () => {
      const owner = await ctx.world.owner()
      const open = await createSalon(ctx)
      const res = await ctx.api.as(owner).post(`/salons/${open.id}/bookings`, [1])
      expectError(res, 400, 'VALIDATION_FAILED')
      const after = await ctx.api.as(owner).get(`/salons/${open.id}`)
      expect(after.body.myBooking).toBeUndefined()
      expect(after.body.bookedCount).toBe(open.bookedCount)
    })

    test(`nesting deeper than ${MAX_JSON_DEPTH} levels → 400, with or without an Idempotency-Key`, async () => {
      const owner = await ctx.world.owner()
      const { type: _type, ...body } = await requestBody(ctx, owner)
      // An unknown key a schema would strip: only the depth rule can refuse this body.
      const deep = { ...body, extra: nested(1000) }
      const withKey = await ctx.api
        .as(owner)
        .post('/service-requests', deep, { idempotencyKey: uniqueId('deep') })
      expectValidation(withKey, '')
      expectValidation(await ctx.api.as(owner).post('/service-requests', deep), '')
      // Just inside the limit is an ordinary body.
      const fine = { ...body, extra: nested(MAX_JSON_DEPTH - 2) }
      expectStatus(await ctx.api.as(owner).post('/service-requests', fine), 201)
    })

    if (ctx.kind !== 'inprocess') {
      test('over HTTP: 10,000 levels of nesting, or of arrays, → 400 on any route, then the server still works', async () => {
        const owner = await ctx.world.owner()
        for (const rawBody of [nestedText(10_000), `${'['.repeat(10_000)}${']'.repeat(10_000)}`]) {
          for (const path of ['/service-requests', '/salons/x/bookings', '/conversations/x/read']) {
            const res = await ctx.api
              .as(owner)
              .send({ method: 'POST', path, rawBody, headers: { 'idempotency-key': uniqueId('deep') } })
            expectError(res, 400, 'VALIDATION_FAILED')
          }
          expectClientError(await ctx.api.anonymous().send({ method: 'POST', path: '/auth/wechat', rawBody }))
        }
        expectStatus(await ctx.api.as(owner).get('/service-types'), 200)
      })

      test('over HTTP: [null] before authentication → 401, not 500', async () => {
        for (const path of ['/service-requests', '/salons/sal-01/bookings', '/files']) {
          const res = await ctx.api.anonymous().send({ method: 'POST', path, rawBody: '[null]' })
          expectUnauthenticated(res)
        }
      })
    }

    test(`a JSON body over ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB → 413 BODY_TOO_LARGE, far below the upload limit`, async () => {
      const owner = await ctx.world.owner()
      const { type: _type, ...body } = await requestBody(ctx, owner)
      const big = { ...body, note: 'x'.repeat(MAX_JSON_BODY_BYTES + 1) }
      expectError(await ctx.api.as(owner).post('/service-requests', big), 413, 'BODY_TOO_LARGE')
      expectStatus(await ctx.api.as(owner).get('/service-types'), 200)
    })
  })

  describe('hardening: request-field dates', () => {
    test('an impossible date (2027-02-30, 2026-04-31) → 400 naming the field; a real one passes', async () => {
      const owner = await ctx.world.owner()
      const types = await serviceTypes(ctx, owner)
      const type = types.find((t) => (t.fields as Json[]).some((f) => f.type === 'date'))
      if (!type) throw new Error('no service type has a date field')
      const field = (type.fields as Json[]).find((f) => f.type === 'date')
      const { type: _type, ...body } = await requestBody(ctx, owner, type.code)
      for (const impossible of ['2027-02-30', '2026-04-31', '2027-13-01', '2027-02-29']) {
        const res = await ctx.api
          .as(owner)
          .post('/service-requests', { ...body, fields: { ...body.fields, [field.key]: impossible } })
        expectValidation(res, `fields.${field.key}`)
      }
      const real = await ctx.api
        .as(owner)
        .post('/service-requests', { ...body, fields: { ...body.fields, [field.key]: '2028-02-29' } })
      expectStatus(real, 201)
    })
  })
}
