import { measure, overdueOpenAt, statusAt } from '../../../mock/domain/figures/measures'
import { periodOf, shiftMonth } from '../../../mock/domain/figures/month'
import { compositeScore, rankScores } from '../../../mock/domain/figures/score'
import { workingHoursBetween } from '../../../mock/domain/figures/working-hours'
import type { FollowUpRow } from '../../../mock/domain/follow-ups'
import type { ServiceRequest, TimelineEvent } from '../../../src/api/contract/schemas/service-request'
import type { Visit } from '../../../src/api/contract/schemas/visit'

// March 2026 in Beijing: the 1st is a Sunday, so the 6th is a Friday and the 9th a Monday.
const at = (local: string) => new Date(`${local}+08:00`)

type Step = [TimelineEvent['action'], TimelineEvent['toStatus'], string]

function request(
  id: string,
  createdAt: string,
  dueAt: string,
  steps: Step[],
  score?: number,
): ServiceRequest {
  const timeline: TimelineEvent[] = [
    {
      id: `${id}-0`,
      action: 'create',
      actorId: 'o',
      actorName: 'o',
      fromStatus: null,
      toStatus: 'submitted',
      at: `${createdAt}+08:00`,
    },
  ]
  steps.forEach(([action, toStatus, when], i) =>
    timeline.push({
      id: `${id}-${i + 1}`,
      action,
      actorId: 's',
      actorName: 's',
      fromStatus: null,
      toStatus,
      at: `${when}+08:00`,
    }),
  )
  const last = timeline[timeline.length - 1]
  const completed = steps.find(([action]) => action === 'complete')
  return {
    id,
    number: id,
    enterpriseId: 'ent',
    serviceType: 'bank_account',
    fields: {},
    attachments: [],
    status: last?.toStatus ?? 'submitted',
    assigneeId: 'spec',
    createdAt: `${createdAt}+08:00`,
    updatedAt: last?.at ?? `${createdAt}+08:00`,
    dueAt: `${dueAt}+08:00`,
    ...(completed ? { completedAt: `${completed[2]}+08:00` } : {}),
    ...(score ? { rating: { score } } : {}),
    timeline,
  }
}

describe('working hours (09:00–18:00, Monday to Friday, Beijing)', () => {
  test.each([
    ['within one morning', '2026-03-09T10:00:00', '2026-03-09T11:30:00', 1.5],
    [
      'Friday 17:00 to Monday 10:00: one hour each side of the weekend',
      '2026-03-06T17:00:00',
      '2026-03-09T10:00:00',
      2,
    ],
    ['overnight outside office hours', '2026-03-11T20:00:00', '2026-03-12T08:00:00', 0],
    ['a whole working day, early to late', '2026-03-09T07:00:00', '2026-03-09T19:00:00', 9],
    ['a weekend only', '2026-03-07T09:00:00', '2026-03-08T18:00:00', 0],
    ['Monday 09:30 to Wednesday 09:30: two working days', '2026-03-09T09:30:00', '2026-03-11T09:30:00', 18],
    ['end before start', '2026-03-09T12:00:00', '2026-03-09T10:00:00', 0],
  ])('%s', (_what, from, to, hours) => {
    expect(workingHoursBetween(at(from), at(to))).toBe(hours)
  })
})

describe('months', () => {
  test('a month runs from Beijing midnight on the 1st; shifting crosses years', () => {
    const march = periodOf('2026-03')
    expect(march.from.toISOString()).toBe('2026-02-28T16:00:00.000Z')
    expect(march.to.toISOString()).toBe('2026-03-31T16:00:00.000Z')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
    expect(shiftMonth('2025-12', 1)).toBe('2026-01')
  })
})

describe('measures over a small fixed data set (March 2026)', () => {
  // A: Friday 17:00 → accepted Monday 10:00 (2 h), completed before due, rated 5.
  const a = request(
    'A',
    '2026-03-06T17:00:00',
    '2026-03-10T17:00:00',
    [
      ['accept', 'accepted', '2026-03-09T10:00:00'],
      ['start', 'in_progress', '2026-03-09T11:00:00'],
      ['complete', 'completed', '2026-03-10T12:00:00'],
      ['rate', 'completed', '2026-03-11T09:00:00'],
    ],
    5,
  )
  // B: accepted after 4 h, completed a day late, rated 2 (a follow-up that nobody made).
  const b = request(
    'B',
    '2026-03-09T09:30:00',
    '2026-03-11T09:30:00',
    [
      ['accept', 'accepted', '2026-03-09T13:30:00'],
      ['start', 'in_progress', '2026-03-09T14:00:00'],
      ['complete', 'completed', '2026-03-12T10:00:00'],
      ['rate', 'completed', '2026-03-12T11:00:00'],
    ],
    2,
  )
  // C: never accepted, due on the 25th: overdue and open at the month's end.
  const c = request('C', '2026-03-20T10:00:00', '2026-03-25T10:00:00', [])
  // D: received in February, completed on time in March, not rated.
  const d = request('D', '2026-02-25T10:00:00', '2026-03-04T10:00:00', [
    ['accept', 'accepted', '2026-02-25T11:00:00'],
    ['start', 'in_progress', '2026-02-25T12:00:00'],
    ['complete', 'completed', '2026-03-02T16:00:00'],
  ])
  const followUp: FollowUpRow = {
    id: 'fu',
    requestId: 'B',
    status: 'pending',
    createdAt: '2026-03-12T11:00:00+08:00',
    dueAt: '2026-03-16T11:00:00+08:00',
    rounds: 1,
  }
  const now = at('2026-04-10T12:00:00')
  const march = measure([a, b, c, d], [followUp], periodOf('2026-03'), now)

  test('each measure counts by its own date', () => {
    expect(march).toEqual({
      received: 3, // A, B, C (D came in February)
      responded: 2,
      avgResponseHours: 3, // (2 + 4) / 2
      completed: 3, // A, B, D
      onTime: 2, // A, D
      onTimeRate: 0.6667,
      overdueOpen: 1, // C
      rated: 2,
      avgRating: 3.5,
      satisfiedRate: 0.5,
      followUpsOverdue: 1,
      visitsMade: null, // no visits given: not a specialist's or the centre's line
    })
  })

  test('February sees D received and nothing finished; its end finds D open but not yet due', () => {
    const february = measure([a, b, c, d], [followUp], periodOf('2026-02'), now)
    expect(february).toMatchObject({
      received: 1,
      responded: 1,
      avgResponseHours: 1,
      completed: 0,
      onTimeRate: null,
      overdueOpen: 0,
      avgRating: null,
    })
  })

  test('state at a moment comes from the timeline', () => {
    expect(statusAt(b, at('2026-03-09T13:00:00'))).toBe('submitted')
    expect(statusAt(b, at('2026-03-11T12:00:00'))).toBe('in_progress')
    expect(overdueOpenAt(b, at('2026-03-11T12:00:00'))).toBe(true)
    expect(overdueOpenAt(b, at('2026-03-12T12:00:00'))).toBe(false)
    expect(statusAt(b, at('2026-03-01T00:00:00'))).toBeUndefined()
  })

  test('a follow-up recorded after the month ended still counts as overdue at that end', () => {
    const lateRecord: FollowUpRow = {
      ...followUp,
      status: 'recorded',
      record: {
        method: 'call',
        found: 'x',
        done: 'y',
        recordedById: 'adm',
        recordedByName: 'adm',
        recordedAt: '2026-04-02T10:00:00+08:00',
        late: true,
      },
    }
    expect(measure([b], [lateRecord], periodOf('2026-03'), now).followUpsOverdue).toBe(1)
    expect(measure([b], [lateRecord], periodOf('2026-04'), now).followUpsOverdue).toBe(0)
  })

  test('visits made count done visits by when they happened, up to the cut; none apply to a service type', () => {
    const visit = (id: string, visitedAt: string, status: 'done' | 'planned') =>
      ({ id, enterpriseId: 'e', specialistId: 's', status, visitedAt: `${visitedAt}+08:00` }) as Visit
    const visits = [
      visit('v1', '2026-03-02T10:00:00', 'done'),
      visit('v2', '2026-03-31T23:30:00', 'done'),
      visit('v3', '2026-03-20T10:00:00', 'planned'),
      visit('v4', '2026-04-01T00:10:00', 'done'),
    ]
    expect(measure([], [], periodOf('2026-03'), now, visits).visitsMade).toBe(2)
    expect(measure([], [], periodOf('2026-04'), now, visits).visitsMade).toBe(1)
    // Within the month still running only what happened before now counts.
    expect(measure([], [], periodOf('2026-03'), at('2026-03-15T00:00:00'), visits).visitsMade).toBe(1)
    expect(measure([a, b], [], periodOf('2026-03'), now).visitsMade).toBeNull()
  })

  test('the composite score of that month, by hand', () => {
    // speed 1 − 3/18, on time 0.6667, satisfaction (3.5 − 1)/4, backlog 1 − 1/5:
    // 100 × (0.25 × 0.8333 + 0.35 × 0.6667 + 0.3 × 0.625 + 0.1 × 0.8) = 70.92
    expect(compositeScore(march)).toBe(70.9)
  })
})

describe('composite score', () => {
  const base = {
    received: 4,
    responded: 4,
    avgResponseHours: 9,
    completed: 4,
    onTime: 2,
    onTimeRate: 0.5,
    overdueOpen: 0,
    rated: 2,
    avgRating: 3,
    satisfiedRate: 0.5,
    followUpsOverdue: 0,
    visitsMade: 3,
  }

  test('a plain weighted sum of fixed-scale measures', () => {
    // 100 × (0.25 × 0.5 + 0.35 × 0.5 + 0.3 × 0.5 + 0.1 × 1) = 55
    expect(compositeScore(base)).toBe(55)
  })

  test('a month without ratings leaves satisfaction out and scales the other weights', () => {
    // (0.25 × 0.5 + 0.35 × 0.5 + 0.1 × 1) / 0.7 = 57.14
    expect(compositeScore({ ...base, rated: 0, avgRating: null, satisfiedRate: null })).toBe(57.1)
  })

  test('no single measure carries it: perfect speed alone with nothing else done well stays low', () => {
    const gamed = { ...base, avgResponseHours: 0, onTimeRate: 0, onTime: 0, avgRating: 1, overdueOpen: 5 }
    expect(compositeScore(gamed)).toBe(25)
  })

  test('slow past two working days and five overdue floor at 0; no work is no score', () => {
    expect(
      compositeScore({ ...base, avgResponseHours: 40, onTimeRate: 0, avgRating: 1, overdueOpen: 9 }),
    ).toBe(0)
    const idle = {
      ...base,
      received: 0,
      responded: 0,
      avgResponseHours: null,
      completed: 0,
      onTime: 0,
      onTimeRate: null,
      rated: 0,
      avgRating: null,
      satisfiedRate: null,
    }
    expect(compositeScore(idle)).toBeNull()
  })
})

describe('ranking and tiers', () => {
  test('ties share a place (1, 2, 2, 4, 5); top and bottom thirds are 骏马 and 蜗牛; no score, no place', () => {
    expect(rankScores([80, 90, 80, null, 70, 60])).toEqual([
      { rank: 2, tier: 'leader' },
      { rank: 1, tier: 'leader' },
      { rank: 2, tier: 'leader' },
      { rank: null, tier: null },
      { rank: 4, tier: 'laggard' },
      { rank: 5, tier: 'laggard' },
    ])
  })

  test('six people: two of each tier; all tied are all first', () => {
    expect(rankScores([60, 50, 40, 30, 20, 10]).map((r) => r.tier)).toEqual([
      'leader',
      'leader',
      'middle',
      'middle',
      'laggard',
      'laggard',
    ])
    expect(rankScores([70, 70, 70]).map((r) => r.rank)).toEqual([1, 1, 1])
  })
})
