import type { Measures, RankedSpecialist, Tier } from '@/api/contract/schemas/figures'

export const TIER_LABELS: Record<Tier, string> = { leader: '骏马', middle: '稳进', laggard: '蜗牛' }

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * This month on Beijing's calendar (UTC+8, as the backend counts months) wherever the phone is, so a
 * phone a timezone ahead never asks for a month the backend says has not come.
 */
export const thisMonth = (now = Date.now()) => new Date(now + 8 * 3600_000).toISOString().slice(0, 7)

export function shiftMonth(month: string, by: number): string {
  const [year = 0, mon = 1] = month.split('-').map(Number)
  const index = year * 12 + (mon - 1) + by
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

export const isMonth = (value: string | undefined): value is string =>
  !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)

export function monthLabel(month: string): string {
  const [year, mon] = month.split('-')
  return `${year}年${Number(mon)}月`
}

export const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`)
export const hours = (h: number | null) =>
  h === null ? '—' : h < 1 ? `${Math.round(h * 60)} 分钟` : `${h} 小时`
export const rating = (r: number | null) => (r === null ? '—' : r.toFixed(1))
export const score = (s: number | null) => (s === null ? '—' : s.toFixed(1))

/** ↑ climbed, ↓ fell, → held, 新 no place last month; from the ranks, 1 being best. */
export function trendOf(line: Pick<RankedSpecialist, 'rank' | 'previousRank'>): {
  arrow: string
  word: string
  kind: 'up' | 'down' | 'same' | 'new'
} {
  if (line.rank === null) return { arrow: '', word: '', kind: 'same' }
  if (line.previousRank === null) return { arrow: '新', word: '上月未排名', kind: 'new' }
  const moved = line.previousRank - line.rank
  if (moved > 0) return { arrow: `↑${moved}`, word: `比上月上升 ${moved} 名`, kind: 'up' }
  if (moved < 0) return { arrow: `↓${-moved}`, word: `比上月下降 ${-moved} 名`, kind: 'down' }
  return { arrow: '→', word: '与上月持平', kind: 'same' }
}

/** The tiles of one set of measures, each with last month's value to compare. */
export function measureTiles(m: Measures, before?: Measures) {
  const tiles = [
    { label: '收到申请', value: String(m.received), before: before && String(before.received) },
    { label: '办结', value: String(m.completed), before: before && String(before.completed) },
    {
      label: '平均首次响应',
      value: hours(m.avgResponseHours),
      before: before && hours(before.avgResponseHours),
    },
    { label: '按时办结率', value: pct(m.onTimeRate), before: before && pct(before.onTimeRate) },
    {
      label: '逾期未办结',
      value: String(m.overdueOpen),
      before: before && String(before.overdueOpen),
      bad: m.overdueOpen > 0,
    },
    {
      label: '超时未回访',
      value: String(m.followUpsOverdue),
      before: before && String(before.followUpsOverdue),
      bad: m.followUpsOverdue > 0,
    },
    { label: '平均评价', value: rating(m.avgRating), before: before && rating(before.avgRating) },
    { label: '满意率', value: pct(m.satisfiedRate), before: before && pct(before.satisfiedRate) },
  ]
  // Visits belong to a specialist's or the centre's line (null for a service type): a ninth tile, so
  // the grid of three stays full.
  if (m.visitsMade !== null)
    tiles.push({
      label: '走访',
      value: String(m.visitsMade),
      before: before && String(before.visitsMade ?? 0),
    })
  return tiles
}
