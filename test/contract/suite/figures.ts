import { BoardSchema, FigureCasesSchema, MyFiguresSchema } from '../../../src/api/contract/schemas/figures'
import {
  expectForbidden,
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import type { Actor } from '../world'

import { act, createRequest, type ContractContext } from './context'

/** This month and the next one in Beijing time, as the board names them. */
function months() {
  const local = new Date(Date.now() + 8 * 3600_000)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth() + 1
  const name = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`
  return { current: name(y, m), next: m === 12 ? name(y + 1, 1) : name(y, m + 1) }
}

export function figureSuite(ctx: ContractContext): void {
  const board = async (who: Actor, query = '') => {
    const res = await ctx.api.as(who).get(`/figures/board${query}`)
    expectStatus(res, 200)
    return expectShape(BoardSchema, res.body)
  }

  describe('GET /figures/board', () => {
    test('an admin gets this month ranked, with weights that add up to 1 and last month beside it', async () => {
      const admin = await ctx.world.admin()
      const b = await board(admin)
      expect(b.month).toBe(months().current)
      expect(b.weights.reduce((sum, w) => sum + w.weight, 0)).toBeCloseTo(1, 6)
      expect(b.ranking.length).toBeGreaterThan(0)
      const ranks = b.ranking.map((line) => line.rank).filter((r): r is number => r !== null)
      expect([...ranks].sort((x, y) => x - y)).toEqual(ranks)
      const scores = b.ranking.map((line) => line.score).filter((s): s is number => s !== null)
      expect([...scores].sort((x, y) => y - x)).toEqual(scores)
      expect(b.trend.at(-1)?.month).toBe(b.month)
      expect(b.byType.length).toBeGreaterThan(0)
    })

    test('a past month is its own; the seed history ranks every specialist in it', async () => {
      const admin = await ctx.world.admin()
      const current = await board(admin)
      const past = await board(admin, `?month=${current.previousMonth}`)
      expect(past.month).toBe(current.previousMonth)
      expect(past.ranking.every((line) => line.rank !== null)).toBe(true)
      expect(
        current.ranking.find((l) => l.specialistId === past.ranking[0]?.specialistId)?.previousRank,
      ).toBe(1)
    })

    test('a bad rating shows in the assignee’s figures', async () => {
      const admin = await ctx.world.admin()
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const line = async () => (await board(admin)).ranking.find((l) => l.specialistId === specialist.user.id)
      const before = await line()
      const request = await createRequest(ctx, owner)
      for (const body of [{ action: 'accept' }, { action: 'start' }, { action: 'complete', note: '已办结' }])
        expectStatus(await act(ctx, specialist, request.id, body), 200)
      expectStatus(
        await act(ctx, owner, request.id, { action: 'rate', score: 1, reasons: ['办理太慢'] }),
        200,
      )
      const after = await line()
      expect(after?.measures.received).toBe((before?.measures.received ?? 0) + 1)
      expect(after?.measures.completed).toBe((before?.measures.completed ?? 0) + 1)
      expect(after?.measures.rated).toBe((before?.measures.rated ?? 0) + 1)
    })

    test('a malformed or future month → 400 naming month', async () => {
      const admin = await ctx.world.admin()
      expectValidation(await ctx.api.as(admin).get('/figures/board?month=2026-13'), 'month')
      expectValidation(await ctx.api.as(admin).get('/figures/board?month=march'), 'month')
      expectValidation(await ctx.api.as(admin).get(`/figures/board?month=${months().next}`), 'month')
    })

    test('owners and specialists → 403; without a token → 401', async () => {
      const owner = await ctx.world.owner()
      expectForbidden(await ctx.api.as(owner).get('/figures/board'))
      expectForbidden(await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).get('/figures/board'))
      expectUnauthenticated(await ctx.api.anonymous().get('/figures/board'))
    })
  })

  describe('GET /figures/me', () => {
    test('a specialist gets their own line and place, nobody else’s', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const res = await ctx.api.as(specialist).get('/figures/me')
      expectStatus(res, 200)
      const mine = expectShape(MyFiguresSchema, res.body)
      expect(mine.me.specialistId).toBe(specialist.user.id)
      expect(mine.rankedCount).toBeGreaterThan(0)
      const text = JSON.stringify(res.body)
      const others = (await board(await ctx.world.admin())).ranking.filter(
        (l) => l.specialistId !== specialist.user.id,
      )
      for (const other of others) expect(text).not.toContain(other.specialistId)
      const adminView = (await board(await ctx.world.admin())).ranking.find(
        (l) => l.specialistId === specialist.user.id,
      )
      expect(mine.me.score).toBe(adminView?.score)
      expect(mine.me.rank).toBe(adminView?.rank)
    })

    test('a visit made counts in the specialist’s and the centre’s visits; a planned one does not', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const admin = await ctx.world.admin()
      const mine = async () =>
        expectShape(MyFiguresSchema, (await ctx.api.as(specialist).get('/figures/me')).body).me.measures
          .visitsMade
      const centre = async () => (await board(admin)).centre.measures.visitsMade
      const [before, centreBefore] = [await mine(), await centre()]
      expect(typeof before).toBe('number')
      const visit = (status: 'done' | 'planned', offsetMs: number) =>
        ctx.api.as(specialist).post('/visits', {
          enterpriseId: owner.enterprise.id,
          status,
          visitedAt: new Date(Date.now() + offsetMs).toISOString(),
          purpose: '了解企业近况',
          ...(status === 'done' ? { method: 'phone', metWith: '企业负责人', notes: '一切顺利' } : {}),
        })
      // A second ago (this month but for a visit in the very first second of one) and a week ahead.
      expectStatus(await visit('done', -1000), 201)
      expectStatus(await visit('planned', 7 * 24 * 3600_000), 201)
      expect(await mine()).toBe((before ?? 0) + 1)
      expect(await centre()).toBe((centreBefore ?? 0) + 1)
      expect((await board(admin)).byType.every((t) => t.measures.visitsMade === null)).toBe(true)
    })

    test('a bad month → 400; owners and admins → 403; no token → 401', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      expectValidation(await ctx.api.as(specialist).get('/figures/me?month=2026-1'), 'month')
      expectForbidden(await ctx.api.as(owner).get('/figures/me'))
      expectForbidden(await ctx.api.as(await ctx.world.admin()).get('/figures/me'))
      expectUnauthenticated(await ctx.api.anonymous().get('/figures/me'))
    })
  })

  describe('GET /figures/cases', () => {
    test('an admin opens the cases behind a specialist’s month; they add up to the figures', async () => {
      const admin = await ctx.world.admin()
      const b = await board(admin, `?month=${(await board(admin)).previousMonth}`)
      const line = b.ranking[0]
      if (!line) throw new Error('empty ranking')
      const res = await ctx.api
        .as(admin)
        .get(`/figures/cases?month=${b.month}&specialistId=${line.specialistId}`)
      expectStatus(res, 200)
      const cases = expectShape(FigureCasesSchema, res.body)
      expect(cases.name).toBe(line.name)
      expect(cases.items.filter((c) => c.responseHours !== null)).toHaveLength(line.measures.responded)
      expect(cases.items.filter((c) => c.onTime !== null)).toHaveLength(line.measures.completed)
      expect(cases.items.filter((c) => c.onTime === true)).toHaveLength(line.measures.onTime)
      expect(cases.items.filter((c) => c.score !== null)).toHaveLength(line.measures.rated)
    })

    test('a specialist sees their own cases; another specialist’s → 403', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      const mine = await ctx.api.as(specialist).get('/figures/cases')
      expectStatus(mine, 200)
      expect(mine.body.specialistId).toBe(specialist.user.id)
      expectStatus(await ctx.api.as(specialist).get(`/figures/cases?specialistId=${specialist.user.id}`), 200)
      expectForbidden(await ctx.api.as(specialist).get(`/figures/cases?specialistId=${stranger.user.id}`))
    })

    test('an admin must name a real specialist; bad month → 400; owner → 403; no token → 401', async () => {
      const admin = await ctx.world.admin()
      const owner = await ctx.world.owner()
      expectValidation(await ctx.api.as(admin).get('/figures/cases'), 'specialistId')
      expectNotFound(await ctx.api.as(admin).get(`/figures/cases?specialistId=${owner.user.id}`))
      expectValidation(await ctx.api.as(admin).get('/figures/cases?month=x&specialistId=y'), 'month')
      expectForbidden(await ctx.api.as(owner).get('/figures/cases'))
      expectUnauthenticated(await ctx.api.anonymous().get('/figures/cases'))
    })
  })
}
