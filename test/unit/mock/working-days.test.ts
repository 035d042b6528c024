/** @jest-environment node */
import { addWorkingDays, toIso } from '../../../mock/clock'

import { BANK_ACCOUNT_FIELDS, setup } from './support'

const at = (iso: string) => new Date(iso)

describe('working days', () => {
  it.each([
    ['Wednesday + 1', '2025-03-05T10:00:00+08:00', 1, '2025-03-06T10:00:00+08:00'],
    ['Friday + 1 skips the weekend', '2025-03-07T10:00:00+08:00', 1, '2025-03-10T10:00:00+08:00'],
    ['Wednesday + 3', '2025-03-05T10:00:00+08:00', 3, '2025-03-10T10:00:00+08:00'],
    ['Saturday + 1', '2025-03-08T10:00:00+08:00', 1, '2025-03-10T10:00:00+08:00'],
    ['Sunday + 2', '2025-03-09T10:00:00+08:00', 2, '2025-03-11T10:00:00+08:00'],
    ['Monday + 5 is next Monday', '2025-03-03T10:00:00+08:00', 5, '2025-03-10T10:00:00+08:00'],
    ['Monday + 10', '2025-03-03T09:00:00+08:00', 10, '2025-03-17T09:00:00+08:00'],
    // Weekends are Beijing's, not UTC's: these two would land on other days if counted in UTC.
    ['late Friday night, Beijing time', '2025-03-07T23:30:00+08:00', 1, '2025-03-10T23:30:00+08:00'],
    [
      'early Monday, Beijing time (Sunday in UTC)',
      '2025-03-10T01:00:00+08:00',
      1,
      '2025-03-11T01:00:00+08:00',
    ],
  ])('%s', (_name, start, days, expected) => {
    expect(toIso(addWorkingDays(at(start), days))).toBe(expected)
  })

  it('sets dueAt of a new request from its type’s targetDays', async () => {
    const { as, clock } = setup()
    clock.set(at('2025-03-07T16:00:00+08:00')) // a Friday
    const owner = as('usr-owner-01')
    const bank = await owner.post('/service-requests', {
      serviceType: 'bank_account',
      fields: BANK_ACCOUNT_FIELDS,
    })
    expect(bank.status).toBe(201)
    expect(bank.body.createdAt).toBe('2025-03-07T16:00:00+08:00')
    expect(bank.body.dueAt).toBe('2025-03-11T16:00:00+08:00') // 2 working days: Mon, Tue
    const types = (await owner.get('/service-types')).body as { code: string; targetDays: number }[]
    expect(types.find((t) => t.code === 'bank_account')?.targetDays).toBe(2)
  })
})
