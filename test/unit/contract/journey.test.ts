import { daysBetween, deriveJourney, stageLabel, type JourneyRecord } from '@/api/contract/rules/journey'
import { isContactOverdue, visitInputErrors } from '@/api/contract/rules/visits'
import type { ServiceTypeCode } from '@/api/contract/schemas/service-request'

const record = (marks: JourneyRecord['marks'] = {}): JourneyRecord => ({
  enterpriseId: 'ent-x',
  startedAt: '2026-03-02T10:00:00+08:00',
  marks,
})
const signed = { signing: { at: '2026-03-02T16:00:00+08:00', note: '签约', byName: '张敏' } }
const completed = (id: string, serviceType: ServiceTypeCode, completedAt: string) =>
  ({ id, serviceType, status: 'completed', completedAt, createdAt: '2026-03-02T12:00:00+08:00' }) as const
const now = new Date('2026-03-09T12:00:00+08:00')

describe('the landing journey', () => {
  it('starts at 签约 with nothing done, counting days from the start', () => {
    const journey = deriveJourney(record(), [], now)
    expect(journey.current).toBe('signing')
    expect(journey.milestones.map((m) => m.state)).toEqual([
      'current',
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
    ])
    expect(journey.daysSinceStart).toBe(7)
    expect(journey.completedAt).toBeUndefined()
  })

  it('a milestone is done when its request completes, with the request and its date', () => {
    const journey = deriveJourney(
      record(signed),
      [completed('req-1', 'business_registration', '2026-03-04T15:00:00+08:00')],
      now,
    )
    expect(journey.milestones[1]).toMatchObject({
      code: 'business_registration',
      state: 'done',
      requestId: 'req-1',
      doneAt: '2026-03-04T15:00:00+08:00',
    })
    expect(journey.current).toBe('bank_account')
  })

  it('only requests completed and made since the start count: open, cancelled or older ones leave the step current', () => {
    const createdAt = '2026-03-03T10:00:00+08:00'
    const open = {
      id: 'req-2',
      serviceType: 'business_registration',
      status: 'in_progress',
      createdAt,
    } as const
    const cancelled = {
      id: 'req-3',
      serviceType: 'business_registration',
      status: 'cancelled',
      createdAt,
    } as const
    const before = {
      ...completed('req-0', 'business_registration', '2026-03-01T10:00:00+08:00'),
      createdAt: '2026-02-20T10:00:00+08:00',
    }
    const journey = deriveJourney(record(signed), [open, cancelled, before], now)
    expect(journey.current).toBe('business_registration')
    expect(journey.milestones[1]?.requestId).toBeUndefined()
  })

  it('a mark completes a step with its note and who marked it; the earlier of mark and request wins', () => {
    const marks = {
      ...signed,
      bank_account: { at: '2026-03-05T16:00:00+08:00', note: '企业自行开户', byName: '张敏' },
    }
    const later = completed('req-4', 'bank_account', '2026-03-06T10:00:00+08:00')
    const journey = deriveJourney(record(marks), [later], now)
    expect(journey.milestones[2]).toMatchObject({ state: 'done', note: '企业自行开户', markedBy: '张敏' })
    expect(journey.milestones[2]?.requestId).toBeUndefined()
    // 工商注册 is still not done, so it is the current step even though a later one is done.
    expect(journey.current).toBe('business_registration')
    expect(stageLabel(journey)).toBe('工商注册')
  })

  it('all six done: no current step, completed on the last date, stage 已落地', () => {
    const mark = (at: string) => ({ at, note: '完成', byName: '张敏' })
    const journey = deriveJourney(
      record({ ...signed, production: mark('2026-03-09T09:00:00+08:00') }),
      [
        completed('a', 'business_registration', '2026-03-03T10:00:00+08:00'),
        completed('b', 'bank_account', '2026-03-04T10:00:00+08:00'),
        completed('c', 'tax_registration', '2026-03-05T10:00:00+08:00'),
        completed('d', 'premises_lease', '2026-03-06T10:00:00+08:00'),
      ],
      now,
    )
    expect(journey.current).toBeNull()
    expect(journey.completedAt).toBe('2026-03-09T09:00:00+08:00')
    expect(stageLabel(journey)).toBe('已落地')
    expect(daysBetween(journey.startedAt, journey.completedAt ?? '')).toBe(7)
  })

  it('counts days in Beijing time, never negative', () => {
    // 23:30 and 00:30 the next day in Beijing are one day apart though an hour in UTC.
    expect(daysBetween('2026-03-02T23:30:00+08:00', '2026-03-03T00:30:00+08:00')).toBe(1)
    expect(daysBetween('2026-03-02T01:00:00+08:00', '2026-03-02T23:00:00+08:00')).toBe(0)
    expect(daysBetween('2026-03-05T10:00:00+08:00', '2026-03-02T10:00:00+08:00')).toBe(0)
  })
})

describe('visit rules', () => {
  it('overdue after more than the rule’s days without contact, or with none ever', () => {
    expect(isContactOverdue(null, now, 30)).toBe(true)
    expect(isContactOverdue('2026-02-07T10:00:00+08:00', now, 30)).toBe(false) // 30 days
    expect(isContactOverdue('2026-02-06T10:00:00+08:00', now, 30)).toBe(true) // 31 days
  })

  it('a record needs a method and a past time; a plan a day from today on', () => {
    expect(visitInputErrors({ status: 'done', visitedAt: '2026-03-09T11:00:00+08:00' }, now)).toEqual([
      { path: 'method', message: '请选择走访方式' },
    ])
    expect(
      visitInputErrors({ status: 'done', visitedAt: '2026-03-10T11:00:00+08:00', method: 'phone' }, now),
    ).toEqual([{ path: 'visitedAt', message: '走访时间不能晚于现在' }])
    expect(visitInputErrors({ status: 'planned', visitedAt: '2026-03-09T08:00:00+08:00' }, now)).toEqual([])
    expect(visitInputErrors({ status: 'planned', visitedAt: '2026-03-08T18:00:00+08:00' }, now)).toEqual([
      { path: 'visitedAt', message: '计划时间不能早于今天' },
    ])
  })
})
