/** @jest-environment node */
import { TRANSITIONS, actionsFor } from '../../../src/api/contract/rules/request-machine'
import type { Role } from '../../../src/api/contract/schemas/common'
import {
  REQUEST_ACTIONS,
  REQUEST_STATUSES,
  type RequestAction,
  type RequestStatus,
} from '../../../src/api/contract/schemas/service-request'

import { BANK_ACCOUNT_FIELDS, setup, type Client } from './support'

const OWNER = 'usr-owner-01'
const ASSIGNEE = 'usr-spec-01' // ent-01's service specialist: bank accounts are hers
const LIAISON = 'usr-spec-04' // ent-01's liaison official: may see, may not act
const OTHER_SPECIALIST = 'usr-spec-02'
const ADMIN = 'usr-admin-01'

/** Every field an action might need, so only the state decides. */
const FULL = { note: '说明', score: 5, comment: '很好' }

const PATH_TO: Record<RequestStatus, RequestAction[]> = {
  submitted: [],
  accepted: ['accept'],
  in_progress: ['accept', 'start'],
  awaiting_materials: ['accept', 'start', 'request_materials'],
  completed: ['accept', 'start', 'complete'],
  cancelled: ['cancel'],
}

describe('service request state machine', () => {
  let env: ReturnType<typeof setup>
  let owner: Client
  let assignee: Client
  beforeEach(() => {
    env = setup()
    owner = env.as(OWNER)
    assignee = env.as(ASSIGNEE)
  })

  const actorFor = (action: RequestAction) => (TRANSITIONS[action].by === 'owner' ? owner : assignee)
  const act = (id: string, action: RequestAction, extra: object = FULL) =>
    actorFor(action).post(`/service-requests/${id}/actions`, { action, ...extra })

  async function requestIn(status: RequestStatus): Promise<string> {
    const created = await owner.post('/service-requests', {
      serviceType: 'bank_account',
      fields: BANK_ACCOUNT_FIELDS,
    })
    expect(created.status).toBe(201)
    expect(created.body.assigneeId).toBe(ASSIGNEE)
    for (const action of PATH_TO[status]) expect((await act(created.body.id, action)).status).toBe(200)
    return created.body.id
  }

  it('walks the happy path and records each step on the timeline', async () => {
    const id = await requestIn('submitted')
    const steps: [RequestAction, RequestStatus][] = [
      ['accept', 'accepted'],
      ['start', 'in_progress'],
      ['request_materials', 'awaiting_materials'],
      ['submit_materials', 'in_progress'],
      ['complete', 'completed'],
      ['rate', 'completed'],
    ]
    for (const [action, to] of steps) {
      const res = await act(id, action)
      expect(res.status).toBe(200)
      expect(res.body.status).toBe(to)
    }
    const final = (await owner.get(`/service-requests/${id}`)).body
    expect(final.timeline.map((e: { action: string }) => e.action)).toEqual([
      'create',
      ...steps.map(([a]) => a),
    ])
    expect(final.completedAt).toBeDefined()
    expect(final.rating).toEqual({ score: 5, comment: '很好' })
    expect(env.events.filter((e) => e.event.type === 'request.updated' && e.userId === OWNER)).toHaveLength(7)
  })

  it.each(['submitted', 'accepted', 'in_progress', 'awaiting_materials'] as const)(
    'owner cancels from %s',
    async (status) => {
      const id = await requestIn(status)
      const res = await act(id, 'cancel', { note: '不需要了' })
      expect(res.status).toBe(200)
      expect(res.body.status).toBe('cancelled')
    },
  )

  /**
   * The app offers a button only where the backend says yes: for every state and every person, each
   * action `actionsFor` offers is accepted by this backend, and each one it leaves out is refused
   * with nothing changed. The table is shared, so this checks the backend enforces what it says.
   */
  const people: [string, Role][] = [
    [OWNER, 'owner'],
    [ASSIGNEE, 'specialist'],
    [OTHER_SPECIALIST, 'specialist'],
    [LIAISON, 'specialist'],
    [ADMIN, 'admin'],
  ]
  const states = [...REQUEST_STATUSES.map((status) => [status, false] as const), ['completed', true] as const]
  const cases = states.flatMap(([status, rated]) =>
    people.map(([userId, role]) => [status, rated ? 'rated' : 'unrated', userId, role] as const),
  )

  it.each(cases)('%s (%s), %s as %s: offered ⇔ accepted', async (status, rated, userId, role) => {
    const seeded = async () => {
      const id = await requestIn(status)
      if (rated === 'rated') expect((await act(id, 'rate', { score: 4 })).status).toBe(200)
      return (await owner.get(`/service-requests/${id}`)).body
    }
    const who = env.as(userId)
    const before = await seeded()
    const offered = actionsFor(before, role, userId)
    for (const action of REQUEST_ACTIONS.filter((a) => !offered.includes(a))) {
      const res = await who.post(`/service-requests/${before.id}/actions`, { action, ...FULL })
      expect(`${action} → ${res.status}`).toMatch(/ → (403|404|409)$/)
    }
    // Every refusal left the request as it was.
    expect((await owner.get(`/service-requests/${before.id}`)).body).toEqual(before)
    for (const action of offered) {
      const fresh = await seeded()
      const res = await who.post(`/service-requests/${fresh.id}/actions`, { action, ...FULL })
      expect(`${action} → ${res.status}`).toBe(`${action} → 200`)
      expect(res.body.status).toBe(TRANSITIONS[action].to ?? status)
    }
  })

  // Refused for the state, not the person: 409 INVALID_TRANSITION with a Chinese reason.
  const disallowed = REQUEST_STATUSES.flatMap((status) =>
    REQUEST_ACTIONS.filter((action) => !TRANSITIONS[action].from.includes(status)).map(
      (action) => [status, action] as const,
    ),
  )
  it.each(disallowed)('from %s, %s by its own actor is 409 INVALID_TRANSITION', async (status, action) => {
    const id = await requestIn(status)
    const res = await act(id, action)
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('INVALID_TRANSITION')
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('rates only once', async () => {
    const id = await requestIn('completed')
    expect((await act(id, 'rate', { score: 4 })).status).toBe(200)
    const again = await act(id, 'rate', { score: 1 })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('INVALID_TRANSITION')
  })

  it('lets only the assigned specialist work and only the owner cancel (403)', async () => {
    const id = await requestIn('submitted')
    expect((await owner.post(`/service-requests/${id}/actions`, { action: 'accept' })).status).toBe(403)
    expect((await env.as(LIAISON).post(`/service-requests/${id}/actions`, { action: 'accept' })).status).toBe(
      403,
    )
    const cancel = await assignee.post(`/service-requests/${id}/actions`, { action: 'cancel', note: 'x' })
    expect(cancel.status).toBe(403)
    expect(cancel.body.error.code).toBe('FORBIDDEN')
  })

  it('requires the note, materials or score an action needs (400)', async () => {
    const id = await requestIn('in_progress')
    const noNote = await assignee.post(`/service-requests/${id}/actions`, { action: 'request_materials' })
    expect(noNote.status).toBe(400)
    expect(noNote.body.error.details).toEqual([{ path: 'note', message: expect.any(String) }])
    await act(id, 'request_materials')
    expect((await owner.post(`/service-requests/${id}/actions`, { action: 'submit_materials' })).status).toBe(
      400,
    )
    const jpg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])
    const uploaded = await owner.post('/files', {
      file: { name: '身份证.jpg', size: jpg.byteLength, mime: 'image/jpeg', data: jpg },
    })
    const withFile = await owner.post(`/service-requests/${id}/actions`, {
      action: 'submit_materials',
      attachments: [uploaded.body],
    })
    expect(withFile.status).toBe(200)
    expect(withFile.body.attachments).toHaveLength(1)
    expect((await assignee.post(`/service-requests/${id}/actions`, { action: 'complete' })).status).toBe(400)
    expect((await assignee.post(`/service-requests/${id}/actions`, { action: 'explode' })).status).toBe(400)
  })
})
