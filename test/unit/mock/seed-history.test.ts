/** @jest-environment node */
import { rankSpecialists } from '../../../mock/domain/figures/board'
import { monthOf, shiftMonth } from '../../../mock/domain/figures/month'
import { buildSeedDb } from '../../../mock/seed'

import { SEED_NOW } from './support'

describe('seed history (the 赛马榜 world)', () => {
  const db = buildSeedDb(SEED_NOW)
  const current = monthOf(SEED_NOW)

  test.each([1, 2, 3])('%i month(s) back: 李航 leads clearly and 赵立新 trails', (back) => {
    const ranking = rankSpecialists(db, shiftMonth(current, -back), SEED_NOW)
    expect(ranking).toHaveLength(6)
    const [first, second] = ranking
    const last = ranking[ranking.length - 1]
    expect(first?.name).toBe('李航')
    expect(first?.tier).toBe('leader')
    expect((first?.score ?? 0) - (second?.score ?? 0)).toBeGreaterThan(1)
    expect(last?.name).toBe('赵立新')
    expect(last?.tier).toBe('laggard')
    expect(ranking.every((line) => line.measures.received > 0)).toBe(true)
  })

  test('two bad ratings carry follow-ups: one made and confirmed solved, one overdue', () => {
    const rows = [...db.followUps.values()]
    expect(rows.map((r) => r.status).sort()).toEqual(['pending', 'solved'])
    const pending = rows.find((r) => r.status === 'pending')
    expect(Date.parse(pending?.dueAt ?? '')).toBeLessThan(SEED_NOW.getTime())
    for (const row of rows) {
      const request = db.requests.get(row.requestId)
      expect(request?.rating?.score).toBeLessThanOrEqual(2)
      expect(request?.followUpId).toBe(row.id)
    }
  })

  test('history never touches 程飞 (ent-01) and leaves every history request closed', () => {
    const fresh = buildSeedDb(SEED_NOW)
    const history = [...fresh.requests.values()].slice(28)
    expect(history.length).toBeGreaterThan(100)
    expect(history.every((r) => r.enterpriseId !== 'ent-01')).toBe(true)
    expect(history.every((r) => r.status === 'completed')).toBe(true)
  })

  test('the same anchor gives the same history', () => {
    const again = buildSeedDb(SEED_NOW)
    expect(JSON.stringify([...again.requests.values()])).toBe(JSON.stringify([...db.requests.values()]))
  })
})
