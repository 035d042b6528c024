/** @jest-environment node */
import { addWorkingDays, workingDaysBetween } from '../../../src/api/contract/rules/working-days'

const at = (iso: string) => new Date(iso)

describe('workingDaysBetween (how long a closed request took)', () => {
  it.each([
    ['the same day', '2025-03-05T09:00:00+08:00', '2025-03-05T18:00:00+08:00', 0],
    ['Wednesday to Thursday', '2025-03-05T10:00:00+08:00', '2025-03-06T09:00:00+08:00', 1],
    ['Friday to Monday skips the weekend', '2025-03-07T17:00:00+08:00', '2025-03-10T09:00:00+08:00', 1],
    ['Saturday to Sunday', '2025-03-08T10:00:00+08:00', '2025-03-09T10:00:00+08:00', 0],
    ['Monday to next Monday', '2025-03-03T10:00:00+08:00', '2025-03-10T10:00:00+08:00', 5],
    // Beijing days: 23:30 Friday and 01:00 Monday are Friday and Sunday in UTC.
    [
      'late Friday to early Monday, Beijing time',
      '2025-03-07T23:30:00+08:00',
      '2025-03-10T01:00:00+08:00',
      1,
    ],
  ])('%s', (_name, start, end, days) => {
    expect(workingDaysBetween(at(start), at(end))).toBe(days)
  })

  it('counts back exactly what the due date added (the backend adds with addWorkingDays)', () => {
    for (const start of [
      '2025-03-05T10:00:00+08:00',
      '2025-03-08T23:30:00+08:00',
      '2025-03-10T01:00:00+08:00',
    ]) {
      for (const days of [1, 2, 3, 5, 10]) {
        expect([start, days, workingDaysBetween(at(start), addWorkingDays(at(start), days))]).toEqual([
          start,
          days,
          days,
        ])
      }
    }
  })
})
