/**
 * Months on the Beijing calendar (UTC+8, no DST), as the board reads them: `2026-03` runs from
 * 2026-03-01 00:00 to 2026-04-01 00:00 Beijing time.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000

export interface Period {
  month: string
  from: Date
  to: Date
}

const pad = (n: number) => String(n).padStart(2, '0')

export function monthOf(date: Date): string {
  const local = new Date(date.getTime() + OFFSET_MS)
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}`
}

/** `months` months after (negative: before) `month`. */
export function shiftMonth(month: string, months: number): string {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (mon - 1) + months
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

export function periodOf(month: string): Period {
  const [year, mon] = month.split('-').map(Number) as [number, number]
  const from = new Date(Date.UTC(year, mon - 1, 1) - OFFSET_MS)
  const to = new Date(Date.UTC(year, mon, 1) - OFFSET_MS)
  return { month, from, to }
}

export const inPeriod = (iso: string | undefined | null, period: Period): boolean => {
  if (!iso) return false
  const t = Date.parse(iso)
  return t >= period.from.getTime() && t < period.to.getTime()
}
