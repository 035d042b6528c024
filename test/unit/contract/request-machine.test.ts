/** @jest-environment node */
import {
  actionInputErrors,
  actionsFor,
  canTransition,
  needsInput,
} from '../../../src/api/contract/rules/request-machine'
import type { RequestStatus, ServiceRequest } from '../../../src/api/contract/schemas/service-request'

const OWNER = 'usr-owner-01'
const SPECIALIST = 'usr-spec-01'

describe('the request state machine (contract rule)', () => {
  const base = { assigneeId: SPECIALIST, rating: undefined } as Pick<ServiceRequest, 'assigneeId' | 'rating'>
  const at = (status: RequestStatus, extra: Partial<ServiceRequest> = {}) => ({ ...base, status, ...extra })

  it.each<[RequestStatus, string[], string[]]>([
    ['submitted', ['cancel'], ['accept']],
    ['accepted', ['cancel'], ['start']],
    ['in_progress', ['cancel'], ['request_materials', 'complete']],
    ['awaiting_materials', ['submit_materials', 'cancel'], []],
    ['completed', ['rate'], []],
    ['cancelled', [], []],
  ])('%s: owner %j, assigned specialist %j, anyone else nothing', (status, owner, specialist) => {
    expect(actionsFor(at(status), 'owner', OWNER)).toEqual(owner)
    expect(actionsFor(at(status), 'specialist', SPECIALIST)).toEqual(specialist)
    expect(actionsFor(at(status), 'specialist', 'usr-spec-02')).toEqual([])
    // An admin is never the assignee, even with the assignee's id.
    expect(actionsFor(at(status), 'admin', SPECIALIST)).toEqual([])
  })

  it('offers rating once', () => {
    expect(canTransition(at('completed'), 'rate')).toBe(true)
    expect(canTransition(at('completed', { rating: { score: 5 } }), 'rate')).toBe(false)
    expect(actionsFor(at('completed', { rating: { score: 5 } }), 'owner', OWNER)).toEqual([])
  })

  it('says what an action lacks: a note (a reason to cancel), a note or files, or stars', () => {
    expect(needsInput('accept')).toBe(false)
    expect(needsInput('cancel')).toBe(true)
    expect(actionInputErrors({ action: 'accept' })).toEqual([])
    expect(actionInputErrors({ action: 'complete', note: '   ' })).toEqual([
      { path: 'note', message: '请填写说明' },
    ])
    expect(actionInputErrors({ action: 'cancel' })).toEqual([{ path: 'note', message: '请填写撤销原因' }])
    expect(actionInputErrors({ action: 'submit_materials' })).toEqual([
      { path: 'note', message: '请填写说明或上传材料' },
    ])
    const file = { id: 'file-1', name: 'a.pdf', url: '/f', size: 1, mime: 'application/pdf' as const }
    expect(actionInputErrors({ action: 'submit_materials', attachments: [file] })).toEqual([])
    expect(actionInputErrors({ action: 'rate' })).toEqual([{ path: 'score', message: '请选择满意程度' }])
    expect(actionInputErrors({ action: 'rate', score: 3 })).toEqual([])
  })
})
