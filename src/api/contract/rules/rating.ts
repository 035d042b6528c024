/**
 * The five levels of the national 好差评 standard, worst to best as scores 1–5 (a rating stored before
 * the levels, `{score, comment}`, reads the same: the score is the level). Reasons are picked from a
 * fixed list per side so the board can count them; the backend refuses any other.
 */
export const RATING_LEVELS = [
  { score: 5, label: '非常满意' },
  { score: 4, label: '满意' },
  { score: 3, label: '基本满意' },
  { score: 2, label: '不满意' },
  { score: 1, label: '非常不满意' },
] as const

export const ratingLabel = (score: number): string =>
  RATING_LEVELS.find((level) => level.score === score)?.label ?? `${score} 分`

export const PRAISE_REASONS = ['办理速度快', '服务态度好', '解答专业', '材料一次讲清', '主动跟进'] as const
export const COMPLAINT_REASONS = ['办理太慢', '沟通不及时', '反复补材料', '态度不好', '问题没解决'] as const

/** 4–5 are 满意 (the share the board reports); 3 and below pick what went wrong. */
export const isSatisfied = (score: number) => score >= 4

/** Which reasons a score may carry. */
export const reasonsFor = (score: number): readonly string[] =>
  isSatisfied(score) ? PRAISE_REASONS : COMPLAINT_REASONS

/** 不满意 or worse opens a follow-up (回访) the centre must make within this many working days. */
export const FOLLOW_UP_MAX_SCORE = 2
export const FOLLOW_UP_WORKING_DAYS = 2
export const needsFollowUp = (score: number) => score <= FOLLOW_UP_MAX_SCORE
