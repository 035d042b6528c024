/**
 * A salon's field rules, written once: the contract's body schema (classic zod, which the backend and
 * the OpenAPI document read) and the salon form's (zod/mini, rules/salon-fields.ts) are both built from
 * these, and a unit test holds the two to the same answers.
 */

// The messages the backend's 400 details and the salon form both show.
export const SALON_MESSAGES = {
  title: '请填写标题（2–60 字）',
  summary: '请填写一句话简介（120 字以内）',
  description: '介绍不能超过 5000 字',
  speakers: '每位嘉宾名字不超过 40 字，最多 20 位',
  location: '请填写地点（120 字以内）',
  capacity: '名额须为不少于 1 的整数',
  capacityMax: '名额不能超过 10000',
} as const

/** Text is trimmed, then its length checked (no `min`: may be empty). */
export interface TextLimits {
  min?: number
  max: number
}

export const SALON_LIMITS = {
  title: { min: 2, max: 60 },
  summary: { min: 1, max: 120 },
  description: { max: 5000 },
  location: { min: 1, max: 120 },
  /** One speaker's name. */
  speaker: { min: 1, max: 40 },
  speakers: 20,
  capacity: { min: 1, max: 10000 },
} as const satisfies Record<string, TextLimits | number | { min: number; max: number }>
