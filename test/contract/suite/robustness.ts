import { expectError, expectNotFound, expectStatus, expectValidation } from '../expectations'
import { salonBody } from '../fixtures'

import type { ContractContext } from './context'

export function robustnessSuite(ctx: ContractContext): void {
  describe('bad input never breaks the server', () => {
    test('an unknown route → 404 with a Chinese message', async () => {
      const owner = await ctx.world.owner()
      expectNotFound(await ctx.api.as(owner).get('/no-such-thing'))
      expectNotFound(await ctx.api.anonymous().post('/service-requests/x/y/z', {}))
      expectNotFound(await ctx.api.as(owner).send({ method: 'DELETE', path: '/salons' }))
    })

    test('a huge limit → 400, a body of the wrong type → 400, then normal requests still work', async () => {
      const owner = await ctx.world.owner()
      const admin = await ctx.world.admin()
      expectValidation(await ctx.api.as(owner).get('/salons?limit=99999999999999999999'), 'limit')
      expectValidation(await ctx.api.as(owner).get('/service-requests?limit=abc'), 'limit')
      expectError(await ctx.api.as(admin).post('/salons', [1, 2, 3]), 400, 'VALIDATION_FAILED')
      expectError(await ctx.api.as(admin).post('/salons', 'just a string'), 400, 'VALIDATION_FAILED')
      expectValidation(
        await ctx.api.as(admin).post('/salons', salonBody({ title: '长'.repeat(100_000) })),
        'title',
      )
      expectStatus(await ctx.api.as(owner).get('/service-types'), 200)
    })

    test('a strange id in the path → 404 (or 400) with the contract error body, never 500', async () => {
      const owner = await ctx.world.owner()
      // A broken escape names nothing: 404 (no such object) or 400 (the path fails its schema) are both
      // the contract; what matters is the contract's error body, in Chinese, and no 500.
      const broken = await ctx.api.as(owner).get('/salons/%E0%A4%A')
      expect([400, 404]).toContain(broken.status)
      expectError(broken, broken.status, broken.status === 400 ? 'VALIDATION_FAILED' : 'NOT_FOUND')
      expectNotFound(await ctx.api.as(owner).get(`/service-requests/${'x'.repeat(500)}`))
      expectNotFound(await ctx.api.as(owner).get(`/salons/${encodeURIComponent('../../etc/passwd')}`))
    })

    if (ctx.kind !== 'inprocess') {
      test('over HTTP: malformed JSON → 400, a wrong content type → 400, then a normal request works', async () => {
        const owner = await ctx.world.owner()
        const admin = await ctx.world.admin()
        const malformed = await ctx.api
          .as(admin)
          .send({ method: 'POST', path: '/salons', rawBody: '{"title": "没写完' })
        expectError(malformed, 400, 'VALIDATION_FAILED')
        const wrongType = await ctx.api.as(admin).send({
          method: 'POST',
          path: '/salons',
          rawBody: 'title=沙龙',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
        expectError(wrongType, 400, 'VALIDATION_FAILED')
        expectStatus(await ctx.api.as(owner).get('/service-types'), 200)
      })
    }

    if (ctx.kind !== 'remote') {
      test('POST /__mock/reset brings back the seed', async () => {
        const salon = await (async () => {
          const res = await ctx.api.as(await ctx.world.admin()).post('/salons', salonBody())
          expectStatus(res, 201)
          return res.body
        })()
        const res = await ctx.api.anonymous().post('/__mock/reset')
        expectStatus(res, 200)
        expect(res.body).toEqual({ ok: true })
        expectNotFound(await ctx.api.as(await ctx.world.admin()).get(`/salons/${salon.id}`))
      })
    }
  })
}
