/** @jest-environment node */
import { journeyOf } from '../../../mock/domain/journeys'
import { contactOf } from '../../../mock/domain/visits'
import { buildSeedDb } from '../../../mock/seed'
import { daysBetween } from '../../../src/api/contract/rules/journey'

describe('the seed’s journeys and visits', () => {
  const anchor = new Date()
  const db = buildSeedDb(anchor)
  const journeys = [...db.enterprises.keys()].map((id) => journeyOf(db, id, anchor))

  it('飞快通航 went from signing to breaking ground in one week', () => {
    const drone = journeyOf(db, 'ent-01', anchor)
    expect(drone?.current).toBeNull()
    expect(daysBetween(drone?.startedAt ?? '', drone?.completedAt ?? '')).toBe(7)
    // Four of its steps were done by its completed requests, not by hand.
    expect(drone?.milestones.filter((m) => m.requestId)).toHaveLength(4)
  })

  it('has an enterprise at every stage and every enterprise on a journey', () => {
    expect(journeys.every(Boolean)).toBe(true)
    const stages = new Set(journeys.map((j) => j?.current))
    expect([...stages].sort()).toEqual(
      [
        'bank_account',
        'business_registration',
        'premises_lease',
        'production',
        'signing',
        'tax_registration',
        null,
      ].sort(),
    )
  })

  it('seeds the 30-day contact rule, with enterprises on both sides of it', () => {
    expect(db.settings.contactRuleDays).toBe(30)
    const contacts = [...db.enterprises.keys()].map((id) => contactOf(db, id, anchor))
    expect(contacts.some((c) => c.overdue)).toBe(true)
    expect(contacts.some((c) => !c.overdue)).toBe(true)
    expect(contacts.some((c) => c.nextPlannedAt)).toBe(true)
  })
})
