import { FollowUpListSchema, FollowUpSchema } from '../../../src/api/contract/schemas/follow-up'
import { ServiceRequestSchema } from '../../../src/api/contract/schemas/service-request'
import {
  expectError,
  expectForbidden,
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import type { Owner } from '../world'

import { act, createRequest, type ContractContext } from './context'

const RECORD = { method: 'call', found: '企业反映补材料次数多', done: '已协调专员一次性列清材料' }

export function followUpSuite(ctx: ContractContext): void {
  /** A completed request of `owner`, rated `score`. */
  async function rated(owner: Owner, score: number, extra: Record<string, unknown> = {}) {
    const specialist = await ctx.world.serviceSpecialistOf(owner)
    const request = await createRequest(ctx, owner)
    for (const body of [{ action: 'accept' }, { action: 'start' }, { action: 'complete', note: '已办结' }])
      expectStatus(await act(ctx, specialist, request.id, body), 200)
    const res = await act(ctx, owner, request.id, { action: 'rate', score, ...extra })
    expectStatus(res, 200)
    return expectShape(ServiceRequestSchema, res.body)
  }

  describe('rating with the five levels', () => {
    test('reasons and a comment are kept; 不满意 or worse opens a follow-up due in 2 working days', async () => {
      const owner = await ctx.world.owner()
      const request = await rated(owner, 2, { reasons: ['办理太慢', '沟通不及时'], comment: '进度没人说' })
      expect(request.rating).toEqual({ score: 2, reasons: ['办理太慢', '沟通不及时'], comment: '进度没人说' })
      expect(request.followUpId).toBeDefined()
      const res = await ctx.api.as(await ctx.world.admin()).get(`/follow-ups/${request.followUpId}`)
      expectStatus(res, 200)
      const followUp = expectShape(FollowUpSchema, res.body)
      expect(followUp).toMatchObject({
        requestId: request.id,
        status: 'pending',
        score: 2,
        overdue: false,
        rounds: 1,
      })
      expect(Date.parse(followUp.dueAt) - Date.now()).toBeGreaterThan(47 * 3600_000)
    })

    test('基本满意 and better open none; a reason from the other side’s list → 400 reasons', async () => {
      const owner = await ctx.world.owner()
      expect((await rated(owner, 3)).followUpId).toBeUndefined()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const request = await createRequest(ctx, owner)
      for (const body of [{ action: 'accept' }, { action: 'start' }, { action: 'complete', note: '已办结' }])
        expectStatus(await act(ctx, specialist, request.id, body), 200)
      expectValidation(
        await act(ctx, owner, request.id, { action: 'rate', score: 5, reasons: ['办理太慢'] }),
        'reasons',
      )
      expectValidation(
        await act(ctx, owner, request.id, { action: 'rate', score: 1, reasons: ['x'.repeat(21)] }),
        'reasons.0',
      )
    })
  })

  describe('GET /follow-ups', () => {
    test('an admin lists them, overdue first; status filters', async () => {
      const admin = await ctx.world.admin()
      const res = await ctx.api.as(admin).get('/follow-ups?limit=100')
      expectStatus(res, 200)
      const list = expectShape(FollowUpListSchema, res.body)
      expect(list.items.length).toBeGreaterThan(0)
      const firstNotOverdue = list.items.findIndex((f) => !f.overdue)
      if (firstNotOverdue >= 0) expect(list.items.slice(firstNotOverdue).every((f) => !f.overdue)).toBe(true)
      const pending = expectShape(
        FollowUpListSchema,
        (await ctx.api.as(admin).get('/follow-ups?status=pending')).body,
      )
      expect(pending.items.every((f) => f.status === 'pending')).toBe(true)
    })

    test('an unknown status → 400; owners and specialists → 403; no token → 401', async () => {
      const admin = await ctx.world.admin()
      const owner = await ctx.world.owner()
      expectValidation(await ctx.api.as(admin).get('/follow-ups?status=flying'), 'status')
      expectForbidden(await ctx.api.as(owner).get('/follow-ups'))
      expectForbidden(await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).get('/follow-ups'))
      expectUnauthenticated(await ctx.api.anonymous().get('/follow-ups'))
    })
  })

  describe('the 回访 loop: record, confirm', () => {
    test('admin records → on the owner’s timeline → owner says unsolved → pending again → recorded → solved', async () => {
      const owner = await ctx.world.owner()
      const admin = await ctx.world.admin()
      const request = await rated(owner, 1, { reasons: ['问题没解决'] })
      const id = request.followUpId as string
      const recorded = await ctx.api.as(admin).post(`/follow-ups/${id}/record`, RECORD)
      expectStatus(recorded, 200)
      expect(expectShape(FollowUpSchema, recorded.body)).toMatchObject({
        status: 'recorded',
        record: { method: 'call', found: RECORD.found, done: RECORD.done, late: false },
      })
      const detail = await ctx.api.as(owner).get(`/service-requests/${request.id}`)
      const last = detail.body.timeline.at(-1)
      expect(last).toMatchObject({ action: 'follow_up', toStatus: 'completed' })
      expect(last.note).toContain(RECORD.found)

      const again = await ctx.api
        .as(owner)
        .post(`/follow-ups/${id}/confirm`, { solved: false, comment: '还是没对接上' })
      expectStatus(again, 200)
      expect(again.body).toMatchObject({ status: 'pending', rounds: 2, confirmation: { solved: false } })
      expectStatus(await ctx.api.as(admin).post(`/follow-ups/${id}/record`, RECORD), 200)
      const solved = await ctx.api.as(owner).post(`/follow-ups/${id}/confirm`, { solved: true })
      expectStatus(solved, 200)
      expect(solved.body).toMatchObject({ status: 'solved', confirmation: { solved: true } })
      const timeline = (await ctx.api.as(owner).get(`/service-requests/${request.id}`)).body.timeline
      expect(timeline.slice(-4).map((e: { action: string }) => e.action)).toEqual([
        'follow_up',
        'follow_up_confirm',
        'follow_up',
        'follow_up_confirm',
      ])
    })

    test('out of turn → 409: confirm before a record, record twice, anything after solved', async () => {
      const owner = await ctx.world.owner()
      const admin = await ctx.world.admin()
      const id = (await rated(owner, 2)).followUpId as string
      expectError(
        await ctx.api.as(owner).post(`/follow-ups/${id}/confirm`, { solved: true }),
        409,
        'INVALID_TRANSITION',
      )
      expectStatus(await ctx.api.as(admin).post(`/follow-ups/${id}/record`, RECORD), 200)
      expectError(await ctx.api.as(admin).post(`/follow-ups/${id}/record`, RECORD), 409, 'INVALID_TRANSITION')
      expectStatus(await ctx.api.as(owner).post(`/follow-ups/${id}/confirm`, { solved: true }), 200)
      expectError(
        await ctx.api.as(owner).post(`/follow-ups/${id}/confirm`, { solved: false }),
        409,
        'INVALID_TRANSITION',
      )
    })

    test('blank or missing fields → 400 naming them, and nothing changes', async () => {
      const owner = await ctx.world.owner()
      const admin = await ctx.world.admin()
      const id = (await rated(owner, 2)).followUpId as string
      expectValidation(
        await ctx.api.as(admin).post(`/follow-ups/${id}/record`, { ...RECORD, found: '   ' }),
        'found',
      )
      expectValidation(
        await ctx.api.as(admin).post(`/follow-ups/${id}/record`, { ...RECORD, method: 'email' }),
        'method',
      )
      expectValidation(
        await ctx.api.as(admin).post(`/follow-ups/${id}/record`, { method: 'visit', found: '情况' }),
        'done',
      )
      expect((await ctx.api.as(admin).get(`/follow-ups/${id}`)).body.status).toBe('pending')
      expectStatus(await ctx.api.as(admin).post(`/follow-ups/${id}/record`, RECORD), 200)
      expectValidation(await ctx.api.as(owner).post(`/follow-ups/${id}/confirm`, {}), 'solved')
      expect((await ctx.api.as(admin).get(`/follow-ups/${id}`)).body.status).toBe('recorded')
    })

    test('wrong role → 403; another enterprise’s owner or a stranger specialist → 404; no token → 401', async () => {
      const owner = await ctx.world.owner()
      const admin = await ctx.world.admin()
      const id = (await rated(owner, 2)).followUpId as string
      const other = await ctx.world.otherOwnerThan(owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      expectForbidden(await ctx.api.as(owner).post(`/follow-ups/${id}/record`, RECORD))
      expectForbidden(await ctx.api.as(specialist).post(`/follow-ups/${id}/record`, RECORD))
      expectStatus(await ctx.api.as(specialist).get(`/follow-ups/${id}`), 200)
      expectNotFound(await ctx.api.as(stranger).get(`/follow-ups/${id}`))
      expectNotFound(await ctx.api.as(other).get(`/follow-ups/${id}`))
      expectStatus(await ctx.api.as(admin).post(`/follow-ups/${id}/record`, RECORD), 200)
      expectForbidden(await ctx.api.as(admin).post(`/follow-ups/${id}/confirm`, { solved: true }))
      expectNotFound(await ctx.api.as(other).post(`/follow-ups/${id}/confirm`, { solved: true }))
      expectNotFound(await ctx.api.as(admin).get('/follow-ups/fu-nope'))
      expectUnauthenticated(await ctx.api.anonymous().get(`/follow-ups/${id}`))
      expectUnauthenticated(await ctx.api.anonymous().post(`/follow-ups/${id}/confirm`, { solved: true }))
    })
  })
}
