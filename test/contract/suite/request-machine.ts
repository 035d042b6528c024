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
import type { ApiResponse, Json } from '../transport'
import type { Actor, Owner } from '../world'

import { act, createRequest, type ContractContext } from './context'

const expectInvalidTransition = (res: ApiResponse) => expectError(res, 409, 'INVALID_TRANSITION')

export function requestMachineSuite(ctx: ContractContext): void {
  /** A fresh request and the people around it. */
  async function setup() {
    const owner = await ctx.world.owner()
    const specialist = await ctx.world.serviceSpecialistOf(owner)
    const request = await createRequest(ctx, owner)
    return { owner, specialist, request, id: request.id as string }
  }

  /** Walks a request to `status` along the happy path, checking each step. */
  async function advance(owner: Owner, specialist: Actor, id: string, status: string): Promise<Json> {
    const steps: [Actor, Record<string, unknown>, string][] = [
      [specialist, { action: 'accept' }, 'accepted'],
      [specialist, { action: 'start' }, 'in_progress'],
      [
        specialist,
        { action: 'request_materials', note: '请补充法定代表人身份证复印件' },
        'awaiting_materials',
      ],
      [owner, { action: 'submit_materials', note: '已上传身份证复印件' }, 'in_progress'],
      [specialist, { action: 'complete', note: '营业执照已领取' }, 'completed'],
    ]
    let last: Json
    for (const [who, body, to] of steps) {
      const res = await act(ctx, who, id, body)
      expectStatus(res, 200)
      last = expectShape(ServiceRequestSchema, res.body)
      expect(last.status).toBe(to)
      if (to === status) return last
    }
    throw new Error(`cannot advance to ${status}`)
  }

  describe('service request state machine', () => {
    test('submitted → accepted → in_progress → awaiting_materials → in_progress → completed → rated', async () => {
      const { owner, specialist, request, id } = await setup()
      expect(request.status).toBe('submitted')
      const completed = await advance(owner, specialist, id, 'completed')
      expect(completed.completedAt).toBeDefined()
      expect(Date.parse(completed.completedAt)).toBeGreaterThanOrEqual(Date.parse(completed.createdAt))
      expect(completed.timeline.map((e: Json) => e.toStatus)).toEqual([
        'submitted',
        'accepted',
        'in_progress',
        'awaiting_materials',
        'in_progress',
        'completed',
      ])
      // Each step is stamped in order, and the request says when it last changed.
      const stamps = completed.timeline.map((e: Json) => Date.parse(e.at))
      expect(stamps).toEqual([...stamps].sort((x, y) => x - y))
      expect(Date.parse(completed.updatedAt)).toBeGreaterThanOrEqual(stamps[stamps.length - 1])
      const requested = completed.timeline[3]
      expect(requested).toMatchObject({
        action: 'request_materials',
        fromStatus: 'in_progress',
        note: '请补充法定代表人身份证复印件',
        actorId: specialist.user.id,
      })

      const rated = await act(ctx, owner, id, { action: 'rate', score: 5, comment: '专员很专业' })
      expectStatus(rated, 200)
      expect(rated.body.status).toBe('completed')
      expect(rated.body.rating).toEqual({ score: 5, comment: '专员很专业' })

      const stored = await ctx.api.as(owner).get(`/service-requests/${id}`)
      expect(stored.body.rating).toEqual({ score: 5, comment: '专员很专业' })
      expect(Date.parse(stored.body.dueAt)).toBeGreaterThan(Date.parse(stored.body.createdAt))
    })

    test('rating twice → 409 and the first rating stays', async () => {
      const { owner, specialist, id } = await setup()
      await advance(owner, specialist, id, 'completed')
      expectStatus(await act(ctx, owner, id, { action: 'rate', score: 4 }), 200)
      expectInvalidTransition(await act(ctx, owner, id, { action: 'rate', score: 1 }))
      expect((await ctx.api.as(owner).get(`/service-requests/${id}`)).body.rating.score).toBe(4)
    })

    test('submitted allows neither start, complete, request_materials, submit_materials nor rate → 409', async () => {
      const { owner, specialist, id } = await setup()
      expectInvalidTransition(await act(ctx, specialist, id, { action: 'start' }))
      expectInvalidTransition(await act(ctx, specialist, id, { action: 'complete', note: '办结' }))
      expectInvalidTransition(await act(ctx, specialist, id, { action: 'request_materials', note: '补充' }))
      expectInvalidTransition(await act(ctx, owner, id, { action: 'submit_materials', note: '材料' }))
      expectInvalidTransition(await act(ctx, owner, id, { action: 'rate', score: 5 }))
      expect((await ctx.api.as(owner).get(`/service-requests/${id}`)).body.status).toBe('submitted')
    })

    test('accepting twice, completing from accepted, cancelling a completed request → 409', async () => {
      const { owner, specialist, id } = await setup()
      expectStatus(await act(ctx, specialist, id, { action: 'accept' }), 200)
      expectInvalidTransition(await act(ctx, specialist, id, { action: 'accept' }))
      expectInvalidTransition(await act(ctx, specialist, id, { action: 'complete', note: '办结' }))
      expect((await ctx.api.as(owner).get(`/service-requests/${id}`)).body.status).toBe('accepted')
      const done = await createRequest(ctx, owner)
      await advance(owner, specialist, done.id, 'completed')
      expectInvalidTransition(await act(ctx, owner, done.id, { action: 'cancel', note: '不需要了' }))
    })

    test('cancel with a reason from each open state; the reason is on the timeline', async () => {
      for (const status of ['submitted', 'accepted', 'in_progress', 'awaiting_materials']) {
        const { owner, specialist, id } = await setup()
        if (status !== 'submitted') await advance(owner, specialist, id, status)
        const res = await act(ctx, owner, id, { action: 'cancel', note: `计划有变（${status}）` })
        expectStatus(res, 200)
        const cancelled = expectShape(ServiceRequestSchema, res.body)
        expect(cancelled.status).toBe('cancelled')
        const last = cancelled.timeline[cancelled.timeline.length - 1]
        expect(last).toMatchObject({ action: 'cancel', fromStatus: status, toStatus: 'cancelled' })
        expect(last?.note).toBe(`计划有变（${status}）`)
      }
    })

    test('a cancelled request is final: accept and cancel again → 409', async () => {
      const { owner, specialist, id } = await setup()
      expectStatus(await act(ctx, owner, id, { action: 'cancel', note: '重复提交' }), 200)
      expectInvalidTransition(await act(ctx, specialist, id, { action: 'accept' }))
      expectInvalidTransition(await act(ctx, owner, id, { action: 'cancel', note: '再撤一次' }))
    })

    test('what an action needs: note, reason, score; an unknown action → 400 naming the field', async () => {
      const { owner, specialist, id } = await setup()
      expectValidation(await act(ctx, owner, id, { action: 'teleport' }), 'action')
      expectValidation(await act(ctx, owner, id, {}), 'action')
      expectValidation(await act(ctx, owner, id, { action: 'cancel' }), 'note')
      await advance(owner, specialist, id, 'in_progress')
      expectValidation(await act(ctx, specialist, id, { action: 'request_materials' }), 'note')
      expectValidation(await act(ctx, specialist, id, { action: 'complete' }), 'note')
    })

    test('submit_materials needs a note or attachments; rate needs a score of 1..5', async () => {
      const { owner, specialist, id } = await setup()
      await advance(owner, specialist, id, 'awaiting_materials')
      const bare = await act(ctx, owner, id, { action: 'submit_materials' })
      expectError(bare, 400, 'VALIDATION_FAILED')
      const upload = await ctx.api.as(owner).upload({
        name: '补充材料.pdf',
        mime: 'application/pdf',
        data: new TextEncoder().encode('%PDF-1.4\n%契约测试\n'),
      })
      expectStatus(upload, 201)
      const withFile = await act(ctx, owner, id, { action: 'submit_materials', attachments: [upload.body] })
      expectStatus(withFile, 200)
      expect(withFile.body.status).toBe('in_progress')
      expectStatus(await act(ctx, specialist, id, { action: 'complete', note: '办结' }), 200)
      expectValidation(await act(ctx, owner, id, { action: 'rate' }), 'score')
      expectValidation(await act(ctx, owner, id, { action: 'rate', score: 6 }), 'score')
      expectValidation(await act(ctx, owner, id, { action: 'rate', score: 0 }), 'score')
    })

    test('complete may carry the result (a licence): on the completing step, readable by the owner', async () => {
      const { owner, specialist, id } = await setup()
      await advance(owner, specialist, id, 'in_progress')
      const upload = await ctx.api.as(specialist).upload({
        name: '营业执照.pdf',
        mime: 'application/pdf',
        data: new TextEncoder().encode('%PDF-1.4\n%办理结果\n'),
      })
      expectStatus(upload, 201)
      const done = await act(ctx, specialist, id, {
        action: 'complete',
        note: '营业执照已领取',
        attachments: [upload.body],
      })
      expectStatus(done, 200)
      const step = done.body.timeline.at(-1)
      expect(step).toMatchObject({ action: 'complete', toStatus: 'completed' })
      expect(step.attachments.map((file: { id: string }) => file.id)).toEqual([upload.body.id])
      expectStatus(await ctx.api.as(owner).get(`/files/${upload.body.id}`), 200)
    })

    test("roles: an owner can't accept, an admin can't act, a specialist can't cancel or rate → 403", async () => {
      const { owner, specialist, id } = await setup()
      const admin = await ctx.world.admin()
      expectForbidden(await act(ctx, owner, id, { action: 'accept' }))
      expectForbidden(await act(ctx, admin, id, { action: 'accept' }))
      expectForbidden(await act(ctx, admin, id, { action: 'cancel', note: '管理员撤销' }))
      expectForbidden(await act(ctx, specialist, id, { action: 'cancel', note: '专员撤销' }))
      expect((await ctx.api.as(owner).get(`/service-requests/${id}`)).body.status).toBe('submitted')
    })

    test("another tenant's request → 404 for its owner and for an unrelated specialist", async () => {
      const { owner, id } = await setup()
      const other = await ctx.world.otherOwnerThan(owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      expectNotFound(await act(ctx, other, id, { action: 'cancel', note: '不是我的' }))
      expectNotFound(await act(ctx, stranger, id, { action: 'accept' }))
      expectNotFound(await act(ctx, owner, 'req-does-not-exist', { action: 'cancel', note: '没有这件' }))
    })

    test('without a token → 401', async () => {
      const { id } = await setup()
      expectUnauthenticated(
        await ctx.api.anonymous().post(`/service-requests/${id}/actions`, { action: 'accept' }),
      )
    })

    test('request.updated reaches the owner when the specialist acts', async () => {
      const { owner, specialist, id } = await setup()
      const tap = await ctx.transport.listen(owner.token)
      try {
        expectStatus(await act(ctx, specialist, id, { action: 'accept' }), 200)
        const event = await tap.waitFor(
          (e) => e.type === 'request.updated' && JSON.stringify(e.data).includes(id),
        )
        expect(JSON.stringify(event.data)).toContain('accepted')
      } finally {
        await tap.close()
      }
    })
  })
}
