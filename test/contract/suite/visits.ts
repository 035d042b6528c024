import { JourneySchema } from '../../../src/api/contract/schemas/journey'
import { ServiceRequestSchema } from '../../../src/api/contract/schemas/service-request'
import { ContactSummarySchema, VisitListSchema, VisitSchema } from '../../../src/api/contract/schemas/visit'
import {
  expectConflict,
  expectError,
  expectForbidden,
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import { pngUpload, uniqueId, validFields, type FieldSpecLike } from '../fixtures'
import type { Json } from '../transport'
import type { Actor, Owner } from '../world'

import { act, serviceTypes, type ContractContext } from './context'

const DAY = 24 * 60 * 60 * 1000
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()

/** A record of a visit that happened an hour ago, with everything filled in. */
const doneBody = (enterpriseId: string, extra: Record<string, unknown> = {}) => ({
  enterpriseId,
  status: 'done',
  visitedAt: at(-60 * 60 * 1000),
  purpose: '了解落地进度',
  method: 'onsite',
  metWith: '企业负责人',
  notes: '企业希望尽快完成税务登记。',
  problems: [{ category: 'permits', description: '发票还开不出来' }],
  ...extra,
})

const planBody = (enterpriseId: string) => ({
  enterpriseId,
  status: 'planned',
  visitedAt: at(3 * DAY),
  purpose: '回访融资需求',
})

export function visitSuite(ctx: ContractContext): void {
  async function people() {
    const owner = await ctx.world.owner()
    const specialist = await ctx.world.serviceSpecialistOf(owner)
    return { owner, specialist, enterpriseId: owner.enterprise.id }
  }

  async function createVisit(specialist: Actor, body: Record<string, unknown>) {
    const res = await ctx.api.as(specialist).post('/visits', body)
    expectStatus(res, 201)
    return expectShape(VisitSchema, res.body)
  }

  describe('visits (走访)', () => {
    test('a specialist records a visit with a photo and problems; the owner reads it in the history', async () => {
      const { owner, specialist, enterpriseId } = await people()
      const photo = await ctx.api.as(specialist).upload(pngUpload('现场.png'))
      expectStatus(photo, 201)
      const visit = await createVisit(specialist, doneBody(enterpriseId, { photos: [photo.body] }))
      expect(visit).toMatchObject({
        enterpriseId,
        specialistId: specialist.user.id,
        specialistName: specialist.user.name,
        status: 'done',
        method: 'onsite',
      })
      expect(visit.photos.map((p) => p.id)).toEqual([photo.body.id])
      expect(visit.problems).toHaveLength(1)
      expect(visit.problems[0]).toMatchObject({ category: 'permits', description: '发票还开不出来' })

      const history = await ctx.api.as(owner).get(`/enterprises/${enterpriseId}/visits?status=done`)
      expectStatus(history, 200)
      const list = expectShape(VisitListSchema, history.body)
      expect(list.items[0]?.id).toBe(visit.id)
      // The owner may open the photo of a visit to their enterprise.
      const file = await ctx.api.as(owner).get(`/files/${photo.body.id}`)
      expectStatus(file, 200)
      // The specialist's own list has it too; the status filter works.
      const mine = await ctx.api.as(specialist).get('/visits?status=done')
      expectStatus(mine, 200)
      const items = expectShape(VisitListSchema, mine.body).items
      expect(items.map((v) => v.id)).toContain(visit.id)
      expect(items.every((v) => v.specialistId === specialist.user.id && v.status === 'done')).toBe(true)
    })

    test('a plan becomes a record; a record does not go back to a plan', async () => {
      const { specialist, enterpriseId } = await people()
      const plan = await createVisit(specialist, planBody(enterpriseId))
      expect(plan.status).toBe('planned')
      expect(plan.method).toBeUndefined()
      const { enterpriseId: _e, ...edit } = doneBody(enterpriseId)
      void _e
      const done = await ctx.api.as(specialist).put(`/visits/${plan.id}`, edit)
      expectStatus(done, 200)
      const updated = expectShape(VisitSchema, done.body)
      expect(updated).toMatchObject({ id: plan.id, status: 'done', method: 'onsite' })
      // A bad edit is refused field by field and changes nothing.
      expectValidation(
        await ctx.api.as(specialist).put(`/visits/${plan.id}`, { ...edit, purpose: '' }),
        'purpose',
      )
      expectValidation(
        await ctx.api.as(specialist).put(`/visits/${plan.id}`, {
          ...edit,
          problems: [{ id: 'prb-nope', category: 'other', description: '问题' }],
        }),
        'problems',
      )
      const list = (await ctx.api.as(specialist).get(`/enterprises/${enterpriseId}/visits?limit=100`)).body
        .items as Json[]
      expect(list.find((v) => v.id === plan.id)).toEqual(JSON.parse(JSON.stringify(updated)))
      const back = await ctx.api.as(specialist).put(`/visits/${plan.id}`, { ...edit, status: 'planned' })
      expectError(back, 409, 'INVALID_TRANSITION')
    })

    test('create is idempotent', async () => {
      const { specialist, enterpriseId } = await people()
      const idempotencyKey = uniqueId('visit')
      const body = planBody(enterpriseId)
      const first = await ctx.api.as(specialist).post('/visits', body, { idempotencyKey })
      const again = await ctx.api.as(specialist).post('/visits', body, { idempotencyKey })
      expectStatus(first, 201)
      expectStatus(again, 201)
      expect(again.body.id).toBe(first.body.id)
      const list = await ctx.api
        .as(specialist)
        .get(`/enterprises/${enterpriseId}/visits?status=planned&limit=100`)
      expect(list.body.items.filter((v: Json) => v.id === first.body.id)).toHaveLength(1)
    })

    test('bad input is a 400 naming the field, in Chinese, and stores nothing', async () => {
      const { owner, specialist, enterpriseId } = await people()
      const before = (await ctx.api.as(owner).get(`/enterprises/${enterpriseId}/visits?limit=100`)).body.items
      expectValidation(
        await ctx.api.as(specialist).post('/visits', doneBody(enterpriseId, { method: undefined })),
        'method',
      )
      expectValidation(
        await ctx.api.as(specialist).post('/visits', doneBody(enterpriseId, { purpose: '  ' })),
        'purpose',
      )
      expectValidation(
        await ctx.api.as(specialist).post('/visits', doneBody(enterpriseId, { visitedAt: at(2 * DAY) })),
        'visitedAt',
      )
      expectValidation(
        await ctx.api.as(specialist).post('/visits', { ...planBody(enterpriseId), visitedAt: at(-3 * DAY) }),
        'visitedAt',
      )
      expectValidation(
        await ctx.api
          .as(specialist)
          .post('/visits', doneBody(enterpriseId, { problems: [{ category: 'nope', description: 'x' }] })),
        'problems',
      )
      expectValidation(
        await ctx.api.as(specialist).post(
          '/visits',
          doneBody(enterpriseId, {
            photos: [{ id: 'fil-nope', name: 'a.png', url: '/x', size: 1, mime: 'image/png' }],
          }),
        ),
        'photos',
      )
      expectValidation(await ctx.api.as(specialist).get('/visits?status=maybe'), 'status')
      const after = (await ctx.api.as(owner).get(`/enterprises/${enterpriseId}/visits?limit=100`)).body.items
      expect(after).toEqual(before)
    })

    test('without a token: 401', async () => {
      const { enterpriseId } = await people()
      const anon = ctx.api.anonymous()
      expectUnauthenticated(await anon.get(`/enterprises/${enterpriseId}/visits`))
      expectUnauthenticated(await anon.get('/visits'))
      expectUnauthenticated(await anon.post('/visits', planBody(enterpriseId)))
      expectUnauthenticated(await anon.put('/visits/vst-0001', planBody(enterpriseId)))
      expectUnauthenticated(await anon.get('/enterprise-contacts'))
    })

    test('owners and admins do not record visits: 403', async () => {
      const { owner, specialist, enterpriseId } = await people()
      const admin = await ctx.world.admin()
      const visit = await createVisit(specialist, planBody(enterpriseId))
      expectForbidden(await ctx.api.as(owner).post('/visits', planBody(enterpriseId)))
      expectForbidden(await ctx.api.as(admin).post('/visits', planBody(enterpriseId)))
      expectForbidden(await ctx.api.as(owner).put(`/visits/${visit.id}`, planBody(enterpriseId)))
      expectForbidden(await ctx.api.as(owner).get('/visits'))
      expectForbidden(await ctx.api.as(owner).get('/enterprise-contacts'))
      // The other specialist of the pair reads it but only its author edits it.
      const liaison = await ctx.world.liaisonOf(owner)
      expectStatus(await ctx.api.as(liaison).get(`/enterprises/${enterpriseId}/visits`), 200)
      expectForbidden(await ctx.api.as(liaison).put(`/visits/${visit.id}`, planBody(enterpriseId)))
    })

    test('another tenant: other enterprises’ visits are not found', async () => {
      const { owner, specialist, enterpriseId } = await people()
      const other = await ctx.world.otherOwnerThan(owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      const visit = await createVisit(specialist, planBody(enterpriseId))
      expectNotFound(await ctx.api.as(other).get(`/enterprises/${enterpriseId}/visits`))
      expectNotFound(await ctx.api.as(stranger).get(`/enterprises/${enterpriseId}/visits`))
      expectNotFound(await ctx.api.as(stranger).post('/visits', planBody(enterpriseId)))
      expectNotFound(await ctx.api.as(stranger).put(`/visits/${visit.id}`, planBody(enterpriseId)))
      const theirs = await ctx.api.as(stranger).get('/visits?limit=100')
      expect(theirs.body.items.some((v: Json) => v.id === visit.id)).toBe(false)
    })

    test('contacts: last visit, next plan and the 30-day rule, for the specialist’s own enterprises', async () => {
      const { owner, specialist, enterpriseId } = await people()
      const res = await ctx.api.as(specialist).get('/enterprise-contacts')
      expectStatus(res, 200)
      const summary = expectShape(ContactSummarySchema, res.body)
      expect(summary.contactRuleDays).toBe(30)
      const served = new Set(summary.items.map((c) => c.enterpriseId))
      expect(served.has(enterpriseId)).toBe(true)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      const strangers = (await ctx.api.as(stranger).get('/enterprise-contacts')).body.items as Json[]
      expect(strangers.some((c) => c.enterpriseId === enterpriseId)).toBe(false)
      // Overdue is exactly "no contact within the rule"; a visit now clears it.
      for (const c of summary.items) {
        expect(c.overdue).toBe(c.daysSinceContact === null || c.daysSinceContact > summary.contactRuleDays)
      }
      // Some specialist of the seed has an enterprise past the rule.
      let found: { who: Actor; enterpriseId: string } | undefined
      for (const account of (await ctx.world.accounts()).filter((a) => a.role === 'specialist')) {
        const who = await ctx.world.login(account.userId)
        const items = (await ctx.api.as(who).get('/enterprise-contacts')).body.items as Json[]
        const late = items.find((c) => c.overdue)
        if (late) found = { who, enterpriseId: late.enterpriseId }
      }
      if (!found) throw new Error('the seed has no overdue enterprise')
      const overdue = found
      await createVisit(overdue.who, doneBody(overdue.enterpriseId, { method: 'phone' }))
      const plan = await createVisit(overdue.who, planBody(overdue.enterpriseId))
      const after = (await ctx.api.as(overdue.who).get('/enterprise-contacts')).body.items as Json[]
      const now = after.find((c) => c.enterpriseId === overdue.enterpriseId)
      // An hour ago may be yesterday in Beijing: 0 or 1 day, never overdue.
      expect(now?.overdue).toBe(false)
      expect(now?.daysSinceContact).toBeLessThanOrEqual(1)
      expect(Date.parse(now?.nextPlannedAt)).toBeLessThanOrEqual(Date.parse(plan.visitedAt))
    })
  })

  describe('requests raised on the enterprise’s behalf', () => {
    async function raiseBody(owner: Owner, code = 'tax_registration') {
      const type = (await serviceTypes(ctx, owner)).find((t) => t.code === code)
      if (!type) throw new Error(`no type ${code}`)
      return { serviceType: code, fields: validFields(type.fields as FieldSpecLike[]) }
    }

    test('raised from a problem: shows who raised it, the owner sees it and may cancel it', async () => {
      const { owner, specialist, enterpriseId } = await people()
      const visit = await createVisit(specialist, doneBody(enterpriseId))
      const problemId = visit.problems[0]?.id
      const body = { ...(await raiseBody(owner)), visitId: visit.id, problemId }
      const res = await ctx.api.as(specialist).post(`/enterprises/${enterpriseId}/service-requests`, body)
      expectStatus(res, 201)
      const request = expectShape(ServiceRequestSchema, res.body)
      expect(request).toMatchObject({
        enterpriseId,
        status: 'submitted',
        raisedBy: { id: specialist.user.id, name: specialist.user.name },
      })
      expect(request.timeline[0]?.actorId).toBe(specialist.user.id)
      const visits = (await ctx.api.as(owner).get(`/enterprises/${enterpriseId}/visits`)).body.items as Json[]
      expect(visits.find((v) => v.id === visit.id)?.problems[0].requestId).toBe(request.id)
      // The owner is told (通知), pointing at the request.
      const notices = (await ctx.api.as(owner).get('/notices?limit=100')).body.items as Json[]
      expect(notices.find((n) => n.target?.id === request.id)).toMatchObject({
        title: '专员为您发起了申请',
        target: { type: 'request', id: request.id },
      })
      const mine = (await ctx.api.as(owner).get('/service-requests?limit=100')).body.items as Json[]
      expect(mine.find((r) => r.id === request.id)?.raisedBy?.name).toBe(specialist.user.name)
      // The same problem raised twice would be two requests for one need.
      expectConflict(await ctx.api.as(specialist).post(`/enterprises/${enterpriseId}/service-requests`, body))
      const cancelled = await act(ctx, owner, request.id, { action: 'cancel', note: '企业自行办理' })
      expectStatus(cancelled, 200)
      expect(cancelled.body.status).toBe('cancelled')
    })

    test('idempotent; bad input 400 and nothing stored; 401; 403 for owners; 404 for strangers', async () => {
      const { owner, specialist, enterpriseId } = await people()
      const path = `/enterprises/${enterpriseId}/service-requests`
      const body = await raiseBody(owner)
      const idempotencyKey = uniqueId('raise')
      const first = await ctx.api.as(specialist).post(path, body, { idempotencyKey })
      const again = await ctx.api.as(specialist).post(path, body, { idempotencyKey })
      expectStatus(first, 201)
      expect(again.body.id).toBe(first.body.id)
      const count = async () => (await ctx.api.as(owner).get('/service-requests?limit=100')).body.items.length
      const before = await count()
      expectValidation(
        await ctx.api.as(specialist).post(path, { ...body, serviceType: 'nope' }),
        'serviceType',
      )
      expectValidation(await ctx.api.as(specialist).post(path, { ...body, fields: {} }), 'fields')
      expectValidation(await ctx.api.as(specialist).post(path, { ...body, problemId: 'prb-x' }), 'visitId')
      expect(await count()).toBe(before)
      expectUnauthenticated(await ctx.api.anonymous().post(path, body))
      expectForbidden(await ctx.api.as(owner).post(path, body))
      expectForbidden(await ctx.api.as(await ctx.world.admin()).post(path, body))
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      expectNotFound(await ctx.api.as(stranger).post(path, body))
    })
  })

  describe('the landing journey (落地进度)', () => {
    /** An owner whose current milestone is done by a request, with none of that service open. */
    async function ownerAtARequestStep(): Promise<{ owner: Owner; journey: Json }> {
      for (const owner of await ctx.world.owners(14)) {
        const res = await ctx.api.as(owner).get(`/enterprises/${owner.enterprise.id}/journey`)
        if (res.status !== 200) continue
        const current = res.body.milestones.find((m: Json) => m.state === 'current')
        if (!current?.serviceType) continue
        const requests = (await ctx.api.as(owner).get('/service-requests?limit=100')).body.items as Json[]
        const open = requests.some(
          (r) => r.serviceType === current.serviceType && !['completed', 'cancelled'].includes(r.status),
        )
        if (!open) return { owner, journey: res.body }
      }
      throw new Error('the seed has no enterprise waiting on a request step')
    }

    test('the owner reads the journey; it moves a step when the step’s request completes', async () => {
      const { owner, journey } = await ownerAtARequestStep()
      const parsed = expectShape(JourneySchema, journey)
      expect(parsed.milestones.map((m) => m.label)).toEqual([
        '签约',
        '工商注册',
        '银行开户',
        '税务登记',
        '载体入驻',
        '开工投产',
      ])
      const current = parsed.milestones.find((m) => m.state === 'current')
      if (!current?.serviceType) throw new Error('no current request step')
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const type = (await serviceTypes(ctx, owner)).find((t) => t.code === current.serviceType)
      const raised = await ctx.api
        .as(specialist)
        .post(`/enterprises/${owner.enterprise.id}/service-requests`, {
          serviceType: current.serviceType,
          fields: validFields(type?.fields as FieldSpecLike[]),
        })
      expectStatus(raised, 201)
      const assignee = await ctx.world.login(raised.body.assigneeId)
      for (const action of ['accept', 'start'])
        expectStatus(await act(ctx, assignee, raised.body.id, { action }), 200)
      expectStatus(await act(ctx, assignee, raised.body.id, { action: 'complete', note: '已办结' }), 200)
      const after = expectShape(
        JourneySchema,
        (await ctx.api.as(owner).get(`/enterprises/${owner.enterprise.id}/journey`)).body,
      )
      const step = after.milestones.find((m) => m.code === current.code)
      expect(step).toMatchObject({ state: 'done', requestId: raised.body.id })
      expect(after.current).not.toBe(current.code)
      const index = after.milestones.findIndex((m) => m.code === current.code)
      expect(
        after.milestones[index + 1]?.state === 'current' ||
          after.current === null ||
          after.milestones[index + 1]?.state === 'done',
      ).toBe(true)
    })

    test('a specialist marks a step with a note; a done step cannot be marked again', async () => {
      const { owner, journey } = await ownerAtARequestStep()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const path = `/enterprises/${owner.enterprise.id}/journey/marks`
      const res = await ctx.api
        .as(specialist)
        .post(path, { milestone: journey.current, note: '企业已自行办理' })
      expectStatus(res, 200)
      const marked = expectShape(JourneySchema, res.body)
      expect(marked.milestones.find((m) => m.code === journey.current)).toMatchObject({
        state: 'done',
        note: '企业已自行办理',
        markedBy: specialist.user.name,
      })
      expectError(
        await ctx.api.as(specialist).post(path, { milestone: journey.current, note: '再标一次' }),
        409,
        'INVALID_TRANSITION',
      )
    })

    test('bad input 400; 401; owners cannot mark: 403; strangers: 404', async () => {
      const { owner, specialist, enterpriseId } = await people()
      const path = `/enterprises/${enterpriseId}/journey/marks`
      expectValidation(
        await ctx.api.as(specialist).post(path, { milestone: 'production', note: ' ' }),
        'note',
      )
      expectValidation(
        await ctx.api.as(specialist).post(path, { milestone: 'moon', note: '说明' }),
        'milestone',
      )
      expectValidation(
        await ctx.api
          .as(specialist)
          .post(path, { milestone: 'production', note: '说明', doneAt: at(5 * DAY) }),
        'doneAt',
      )
      expectUnauthenticated(await ctx.api.anonymous().get(`/enterprises/${enterpriseId}/journey`))
      expectUnauthenticated(await ctx.api.anonymous().get('/journeys'))
      expectUnauthenticated(await ctx.api.anonymous().post(path, { milestone: 'production', note: '说明' }))
      expectForbidden(await ctx.api.as(owner).post(path, { milestone: 'production', note: '说明' }))
      expectForbidden(await ctx.api.as(owner).get('/journeys'))
      const other = await ctx.world.otherOwnerThan(owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      expectNotFound(await ctx.api.as(other).get(`/enterprises/${enterpriseId}/journey`))
      expectNotFound(await ctx.api.as(stranger).get(`/enterprises/${enterpriseId}/journey`))
      expectNotFound(await ctx.api.as(stranger).post(path, { milestone: 'production', note: '说明' }))
    })

    test('a specialist lists the journeys of their enterprises only; an admin all of them', async () => {
      const { owner, specialist } = await people()
      const res = await ctx.api.as(specialist).get('/journeys')
      expectStatus(res, 200)
      const mine = res.body as Json[]
      mine.forEach((j) => expectShape(JourneySchema, j))
      expect(mine.some((j) => j.enterpriseId === owner.enterprise.id)).toBe(true)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      const theirs = (await ctx.api.as(stranger).get('/journeys')).body as Json[]
      expect(theirs.some((j) => j.enterpriseId === owner.enterprise.id)).toBe(false)
      const all = (await ctx.api.as(await ctx.world.admin()).get('/journeys')).body as Json[]
      expect(all.length).toBeGreaterThan(mine.length)
      // The seed has enterprises at every stage, and at least one fully landed.
      const stages = new Set(all.map((j) => j.current))
      for (const stage of [
        'signing',
        'business_registration',
        'bank_account',
        'tax_registration',
        'premises_lease',
        'production',
        null,
      ]) {
        expect([stage, stages.has(stage)]).toEqual([stage, true])
      }
    })
  })
}
