/** @jest-environment node */
import { RawReply } from '../../../mock/context'
import { bookingHandlers } from '../../../mock/handlers/bookings'
import { buildSeedDb } from '../../../mock/seed'

import { SEED_NOW } from './support'

/** The export of sal-02 (full, with a waitlist) after giving its attendees hostile names. */
function exportWith(names: Record<string, string>, enterpriseName?: string): string[][] {
  const db = buildSeedDb(SEED_NOW)
  for (const [userId, name] of Object.entries(names)) {
    const user = db.users.get(userId)
    if (user) user.name = name
  }
  const first = [...db.bookings.values()].find((b) => b.salonId === 'sal-02')
  const enterprise = first ? db.enterprises.get(first.enterpriseId) : undefined
  if (enterprise && enterpriseName !== undefined) enterprise.name = enterpriseName
  const admin = db.users.get('usr-admin-01')
  const reply = bookingHandlers.exportSalonBookings({
    db,
    user: admin,
    id: 'sal-02',
    now: SEED_NOW,
  } as never)
  if (!(reply instanceof RawReply)) throw new Error('the export is a raw CSV answer')
  const text = String(reply.body).replace(/^\uFEFF/, '')
  // Cells are always quoted; a quote inside is doubled.
  return text
    .trim()
    .split('\r\n')
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replace(/""/g, '"')))
}

describe('the attendee CSV', () => {
  it("neutralises cells a spreadsheet would run as a formula: =, +, -, @, tab and CR first get a '", () => {
    const db = buildSeedDb(SEED_NOW)
    const attendees = [...db.bookings.values()].filter((b) => b.salonId === 'sal-02').map((b) => b.userId)
    const hostile = ['=HYPERLINK("http://x.example","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']
    const names = Object.fromEntries(
      attendees.slice(0, hostile.length).map((id, i) => [id, hostile[i] ?? '']),
    )
    const rows = exportWith(names, '=cmd|" /C calc"!A0')
    const cells = rows.slice(1).flatMap((row) => [row[1] ?? '', row[2] ?? ''])
    for (const value of [...hostile, '=cmd|" /C calc"!A0']) expect(cells).toContain(`'${value}`)
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([])
  })

  it('keeps ordinary names as they are, with commas, quotes and line breaks intact', () => {
    const db = buildSeedDb(SEED_NOW)
    const attendee = [...db.bookings.values()].find((b) => b.salonId === 'sal-02')?.userId ?? ''
    const rows = exportWith({ [attendee]: '程飞, "小飞"\n重庆' })
    expect(rows.slice(1).map((row) => row[1])).toContain('程飞, "小飞"\n重庆')
  })

  it('writes 报名时间 as a person reads it: Beijing time to the minute', () => {
    const rows = exportWith({})
    const header = rows[0] ?? []
    const column = header.indexOf('报名时间')
    expect(column).toBeGreaterThan(0)
    const times = rows.slice(1).map((row) => row[column] ?? '')
    expect(times.length).toBeGreaterThan(0)
    for (const time of times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
  })
})
