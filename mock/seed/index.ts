import { seededRandom, type Db } from '../db'

import { seedChat } from './chat'
import { seedHistory } from './history'
import { seedJourneys } from './journeys'
import { seedPeople } from './people'
import { seedRequests } from './requests'
import { seedSalons } from './salons'
import { SERVICE_TYPES } from './service-types'
import { seedVisits } from './visits'

/**
 * The whole seed world. Everything but the dates is fixed; dates are offsets from `anchor` (the seed
 * clock: the backend's now() at reset), so "upcoming", "overdue" and "past" stay true whenever it runs.
 */
export function buildSeedDb(anchor: Date): Db {
  const { users, enterprises } = seedPeople()
  const db: Db = {
    users: new Map(users.map((u) => [u.id, u])),
    enterprises: new Map(enterprises.map((e) => [e.id, e])),
    serviceTypes: JSON.parse(JSON.stringify(SERVICE_TYPES)) as typeof SERVICE_TYPES,
    requests: new Map(),
    conversations: new Map(),
    salons: new Map(),
    bookings: new Map(),
    files: new Map(),
    idempotency: new Map(),
    counters: {},
    notices: new Map(),
    subscriptions: new Map(),
    followUps: new Map(),
    random: seededRandom(20250303),
    visits: new Map(),
    journeys: new Map(),
    // The service centre's rule: contact every enterprise at least once in 30 days.
    settings: { contactRuleDays: 30 },
  }
  seedRequests(db, anchor)
  seedChat(db, anchor)
  seedSalons(db, anchor)
  seedVisits(db, anchor)
  seedJourneys(db, anchor)
  // Last: the history takes ids after the rest of the seed, so the landmarks keep theirs.
  seedHistory(db, anchor)
  return db
}
