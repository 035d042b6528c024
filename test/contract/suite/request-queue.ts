// The specialist's 工作台 pages its queue (issue 13): GET /service-requests?sort=due pages in the queue
// order, and GET /service-request-counts gives the tab numbers without loading every request.
import {
  ServiceRequestCountsSchema,
  ServiceRequestListSchema,
} from '../../../src/api/contract/schemas/service-request'
import { REQUEST_STATUSES } from '../../../src/api/contract/values'
import { expectShape, expectStatus, expectUnauthenticated, expectValidation } from '../expectations'
import type { Json } from '../transport'

import { createRequest, type ContractContext } from './context'

const OPEN = ['submitted', 'accepted', 'in_progress', 'awaiting_materials']

/** Every page of a list, in order, with the size of each page. */
async function pagesOf(ctx: ContractContext, who: { token: string }, query: string, limit: number) {
  const pages: Json[][] = []
  let cursor: string | null = null
  do {
    const params = new URLSearchParams(query)
    params.set('limit', String(limit))
    if (cursor) params.set('cursor', cursor)
    const res = await ctx.api.as(who).get(`/service-requests?${params.toString()}`)
    expectStatus(res, 200)
    const list = expectShape(ServiceRequestListSchema, res.body)
    pages.push(list.items)
    cursor = list.nextCursor
    if (pages.length > 100) throw new Error('paging never ended')
  } while (cursor)
  return pages
}

/** The queue order, written out: open before closed, then the earlier due date, then the id. */
function inQueueOrder(items: Json[]): boolean {
  return items.every((item, index) => {
    const prev = items[index - 1]
    if (!prev) return true
    const rank = (r: Json) => (OPEN.includes(r.status) ? 0 : 1)
    if (rank(prev) !== rank(item)) return rank(prev) < rank(item)
    if (prev.dueAt !== item.dueAt) return prev.dueAt < item.dueAt
    return prev.id < item.id
  })
}

export function requestQueueSuite(ctx: ContractContext): void {
  describe('GET /service-requests?sort=due (the 工作台 queue, paged)', () => {
    test('pages of `limit` in the queue order: the second page continues the first, the last ends it', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const pages = await pagesOf(ctx, specialist, 'status=completed&sort=due', 20)
      // The seed's months of history give this specialist several pages of finished work.
      expect(pages.length).toBeGreaterThanOrEqual(3)
      const [first, second] = pages
      expect(first).toHaveLength(20)
      expect(second).toHaveLength(20)
      const last = pages[pages.length - 1]!
      expect(last.length).toBeGreaterThan(0)
      expect(last.length).toBeLessThanOrEqual(20)
      const items = pages.flat()
      expect(new Set(items.map((r) => r.id)).size).toBe(items.length)
      expect(items.every((r) => r.status === 'completed')).toBe(true)
      expect(inQueueOrder(items)).toBe(true)
      // The same requests as the list in its default order: sorting changes the order, never the set.
      const unsorted = (await pagesOf(ctx, specialist, 'status=completed', 100)).flat()
      expect(items.map((r) => r.id).sort()).toEqual(unsorted.map((r) => r.id).sort())
    })

    test('under all statuses open work leads (overdue first) and closed work follows', async () => {
      const owner = await ctx.world.owner()
      await createRequest(ctx, owner)
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const items = (await pagesOf(ctx, specialist, 'sort=due', 20)).flat()
      expect(inQueueOrder(items)).toBe(true)
      const firstClosed = items.findIndex((r) => !OPEN.includes(r.status))
      expect(firstClosed).toBeGreaterThan(0)
      expect(items.slice(firstClosed).every((r) => !OPEN.includes(r.status))).toBe(true)
      // Several statuses at once (the 待办 tab): only those, in the same order.
      const open = (await pagesOf(ctx, specialist, `status=${OPEN.join(',')}&sort=due`, 3)).flat()
      expect(open.map((r) => r.id)).toEqual(items.slice(0, firstClosed).map((r) => r.id))
    })

    test('without sort (or sort=updated) the order stays the newest change first, as before', async () => {
      const admin = await ctx.world.admin()
      for (const query of ['', 'sort=updated']) {
        const items = (await pagesOf(ctx, admin, query, 50)).flat()
        expect(items.length).toBeGreaterThan(0)
        expect(items.every((r, i) => i === 0 || items[i - 1].updatedAt >= r.updatedAt)).toBe(true)
      }
    })

    test('an unknown sort, a bad limit or cursor → 400 naming the parameter, in Chinese', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const res = await ctx.api.as(specialist).get('/service-requests?sort=oldest')
      expectValidation(res, 'sort')
      expect(JSON.stringify(res.body.error.details)).toContain('排序')
      expectValidation(await ctx.api.as(specialist).get('/service-requests?sort=due&limit=0'), 'limit')
      expectValidation(await ctx.api.as(specialist).get('/service-requests?sort=due&limit=101'), 'limit')
      expectValidation(await ctx.api.as(specialist).get('/service-requests?sort=due&cursor=abc'), 'cursor')
      expectValidation(await ctx.api.as(specialist).get('/service-requests?sort=due&status=done'), 'status')
    })

    test('without a token → 401', async () => {
      expectUnauthenticated(await ctx.api.anonymous().get('/service-requests?sort=due&status=completed'))
    })

    test("another tenant's requests never show in a queue", async () => {
      const owner = await ctx.world.owner()
      const created = await createRequest(ctx, owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      const theirs = (await pagesOf(ctx, stranger, 'sort=due', 20)).flat()
      expect(theirs.some((r) => r.enterpriseId === owner.enterprise.id)).toBe(false)
      expect(theirs.some((r) => r.id === created.id)).toBe(false)
      const other = await ctx.world.otherOwnerThan(owner)
      const ownersQueue = (await pagesOf(ctx, other, 'sort=due', 20)).flat()
      expect(ownersQueue.every((r) => r.enterpriseId === other.enterprise.id)).toBe(true)
      // The specialist serving the enterprise does see it.
      const served = (await pagesOf(ctx, await ctx.world.serviceSpecialistOf(owner), 'sort=due', 20)).flat()
      expect(served.some((r) => r.id === created.id)).toBe(true)
    })
  })

  describe('GET /service-request-counts', () => {
    test('the total and every status, exactly what the list pages through, for each role', async () => {
      const owner = await ctx.world.owner()
      const people = [owner, await ctx.world.serviceSpecialistOf(owner), await ctx.world.admin()]
      for (const who of people) {
        const res = await ctx.api.as(who).get('/service-request-counts')
        expectStatus(res, 200)
        const counts = expectShape(ServiceRequestCountsSchema, res.body)
        const items = (await pagesOf(ctx, who, '', 100)).flat()
        expect(counts.total).toBe(items.length)
        for (const status of REQUEST_STATUSES)
          expect(counts.byStatus[status]).toBe(items.filter((r) => r.status === status).length)
      }
    })

    test('follows a new request: its enterprise and specialist count it, another tenant does not', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      const other = await ctx.world.otherOwnerThan(owner)
      const countsOf = async (who: { token: string }) =>
        expectShape(ServiceRequestCountsSchema, (await ctx.api.as(who).get('/service-request-counts')).body)
      const before = await Promise.all([owner, specialist, stranger, other].map(countsOf))
      await createRequest(ctx, owner)
      const after = await Promise.all([owner, specialist, stranger, other].map(countsOf))
      expect(after[0]!.byStatus.submitted).toBe(before[0]!.byStatus.submitted + 1)
      expect(after[1]!.total).toBe(before[1]!.total + 1)
      expect(after[2]).toEqual(before[2])
      expect(after[3]).toEqual(before[3])
    })

    test('without a token → 401', async () => {
      expectUnauthenticated(await ctx.api.anonymous().get('/service-request-counts'))
    })
  })
}
