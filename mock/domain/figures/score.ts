import type { Measures, ScoreWeight, Tier } from '../../../src/api/contract/schemas/figures'

import { HOURS_PER_WORKING_DAY } from './working-hours'

/**
 * The composite score: a plain weighted sum of four measures, each put on 0–1 by a fixed scale (not
 * against the others, so one person's figures never move another's), times 100. No single measure
 * can carry a score: even a perfect one is at most its weight. A measure with nothing to measure this
 * month (no request accepted, none completed, none rated) is left out and the others' weights scaled
 * up, so a month without ratings neither helps nor hurts.
 */
const SLOW_HOURS = 2 * HOURS_PER_WORKING_DAY
const OVERDUE_STEP = 5

export const WEIGHTS: readonly ScoreWeight[] = [
  {
    key: 'speed',
    label: '响应速度',
    weight: 0.25,
    how: `首次响应（提交→受理）平均工作时间：0 小时得满分，${SLOW_HOURS} 小时（2 个工作日）及以上得 0，其间按比例`,
  },
  { key: 'onTime', label: '按时办结', weight: 0.35, how: '本月办结中在办结时限内完成的比例' },
  { key: 'satisfaction', label: '满意度', weight: 0.3, how: '本月评价平均分：5 分满分，1 分为 0' },
  {
    key: 'backlog',
    label: '逾期积压',
    weight: 0.1,
    how: `月末逾期未办结的申请：没有得满分，每件扣五分之一，${OVERDUE_STEP} 件及以上得 0`,
  },
]

const clamp01 = (x: number) => Math.min(1, Math.max(0, x))

/** Each measure on 0–1, or null when the month gave nothing to measure. */
export function normalised(m: Measures): Record<string, number | null> {
  return {
    speed: m.avgResponseHours === null ? null : clamp01(1 - m.avgResponseHours / SLOW_HOURS),
    onTime: m.onTimeRate,
    satisfaction: m.avgRating === null ? null : clamp01((m.avgRating - 1) / 4),
    backlog: clamp01(1 - m.overdueOpen / OVERDUE_STEP),
  }
}

/** 0–100 to one decimal, or null when the specialist had no measurable work that month. */
export function compositeScore(m: Measures): number | null {
  if (m.received === 0 && m.completed === 0 && m.rated === 0 && m.overdueOpen === 0) return null
  const values = normalised(m)
  let sum = 0
  let weights = 0
  for (const { key, weight } of WEIGHTS) {
    const value = values[key]
    if (value === null || value === undefined) continue
    sum += weight * value
    weights += weight
  }
  return weights ? Math.round((1000 * sum) / weights) / 10 : null
}

export interface Ranked {
  rank: number | null
  tier: Tier | null
}

/**
 * Competition ranking (1, 1, 3): equal scores share a place. The top third (by place, rounded up) are
 * 骏马, the bottom third 蜗牛, the rest 稳进; unscored people are not ranked.
 */
export function rankScores(scores: readonly (number | null)[]): Ranked[] {
  const scored = scores.filter((s): s is number => s !== null)
  const n = scored.length
  const third = Math.ceil(n / 3)
  return scores.map((score) => {
    if (score === null) return { rank: null, tier: null }
    const rank = 1 + scored.filter((other) => other > score).length
    const tier: Tier = rank <= third ? 'leader' : rank > n - third ? 'laggard' : 'middle'
    return { rank, tier }
  })
}
