import { DemoAccountListSchema, MeSchema, SessionSchema } from '../../../src/api/contract/schemas/auth'
import {
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
  expectNotFound,
} from '../expectations'

import type { ContractContext } from './context'

export function authSuite(ctx: ContractContext): void {
  describe('auth and people', () => {
    test('GET /auth/demo-accounts lists owners, both kinds of specialist and an admin, without a token', async () => {
      const res = await ctx.api.anonymous().get('/auth/demo-accounts')
      expectStatus(res, 200)
      const accounts = expectShape(DemoAccountListSchema, res.body)
      expect(accounts.filter((a) => a.role === 'owner').length).toBeGreaterThanOrEqual(12)
      expect(accounts.filter((a) => a.role === 'owner').every((a) => a.enterpriseName)).toBe(true)
      const kinds = accounts.filter((a) => a.role === 'specialist').map((a) => a.kind)
      expect(kinds).toEqual(expect.arrayContaining(['service', 'liaison']))
      expect(accounts.some((a) => a.role === 'admin')).toBe(true)
    })

    test('POST /auth/demo gives a token and the user', async () => {
      const [account] = (await ctx.world.accounts()).filter((a) => a.role === 'owner')
      const res = await ctx.api.anonymous().post('/auth/demo', { userId: account?.userId })
      expectStatus(res, 200)
      const session = expectShape(SessionSchema, res.body)
      expect(session.user.id).toBe(account?.userId)
      expect(session.token.length).toBeGreaterThan(0)
    })

    test('POST /auth/demo: no userId → 400 naming it; an unknown one → 404', async () => {
      expectValidation(await ctx.api.anonymous().post('/auth/demo', {}), 'userId')
      expectNotFound(await ctx.api.anonymous().post('/auth/demo', { userId: 'usr-does-not-exist' }))
    })

    test('POST /auth/wechat exchanges a code for a session; no code → 400', async () => {
      const res = await ctx.api.anonymous().post('/auth/wechat', { code: 'contract-test-code' })
      expectStatus(res, 200)
      expectShape(SessionSchema, res.body)
      expectValidation(await ctx.api.anonymous().post('/auth/wechat', {}), 'code')
      expectValidation(await ctx.api.anonymous().post('/auth/wechat', { code: '' }), 'code')
    })

    test('GET /me: an owner gets its enterprise and its service and liaison specialists', async () => {
      const owner = await ctx.world.owner()
      const res = await ctx.api.as(owner).get('/me')
      expectStatus(res, 200)
      const me = expectShape(MeSchema, res.body)
      expect(me.user.role).toBe('owner')
      expect(me.enterprise?.id).toBe(me.user.enterpriseId)
      const specialists = me.specialists ?? []
      expect(specialists.map((s) => s.kind).sort()).toEqual(['liaison', 'service'])
      expect(specialists.find((s) => s.kind === 'service')?.id).toBe(me.enterprise?.specialistIds.service)
      expect(specialists.find((s) => s.kind === 'liaison')?.id).toBe(me.enterprise?.specialistIds.liaison)
    })

    test('GET /me for a specialist and an admin', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const admin = await ctx.world.admin()
      const asSpecialist = expectShape(MeSchema, (await ctx.api.as(specialist).get('/me')).body)
      expect(asSpecialist.user).toMatchObject({ role: 'specialist', kind: 'service' })
      const asAdmin = expectShape(MeSchema, (await ctx.api.as(admin).get('/me')).body)
      expect(asAdmin.user.role).toBe('admin')
      expect(asAdmin.enterprise).toBeUndefined()
    })

    test('GET /me without a token, with an unknown token, with a malformed header → 401', async () => {
      expectUnauthenticated(await ctx.api.anonymous().get('/me'))
      expectUnauthenticated(await ctx.api.as('not-a-real-token').get('/me'))
      expectUnauthenticated(await ctx.api.anonymous().get('/me', { headers: { authorization: 'Bearer ' } }))
      expectUnauthenticated(
        await ctx.api.anonymous().get('/me', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }),
      )
    })
  })
}
