import type { SignupField } from '../schemas/salon'

// request-fields.ts's PHONE_PATTERN, not imported from there: that module brings zod along.
const MOBILE = /^1[3-9]\d{9}$/
const UNKNOWN = '含有本场活动未设置的报名信息'
const MAX = 100

/** What an admin picks from first; any other label is a free text field. */
export const SIGNUP_PRESETS: SignupField[] = [
  { key: 'name', label: '姓名', required: true, kind: 'text' },
  { key: 'title', label: '职务', required: false, kind: 'text' },
  { key: 'phone', label: '手机号', required: true, kind: 'phone' },
]

export interface SignupError {
  path: string
  message: string
}

/** The problem with one answer, in words for the person typing it; undefined when it is fine. */
export function signupAnswerProblem(field: SignupField, value: string | undefined): string | undefined {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!text) return field.required ? `请填写${field.label}` : undefined
  if (text.length > MAX) return `${field.label}不能超过 ${MAX} 字`
  if (field.kind === 'phone' && !MOBILE.test(text)) return `${field.label}须为 11 位手机号`
  return undefined
}

/**
 * The one rule for a booking's answers, run by the backend on POST /salons/:id/bookings and by the
 * booking form before it sends: each required field filled, a phone a mainland mobile, at most 100
 * characters, nothing the salon does not ask. Plain code, not zod: the booking page ships without zod.
 * Gives the answers to store (trimmed, blank optional ones left out) or the {path, message} to refuse.
 */
export function checkSignupAnswers(
  fields: readonly SignupField[] | undefined,
  answers: Record<string, unknown> | undefined,
): { answers: Record<string, string> } | { errors: SignupError[] } {
  const asked = fields ?? []
  const given = answers ?? {}
  const errors: SignupError[] = []
  const clean: Record<string, string> = {}
  for (const key of Object.keys(given))
    if (!asked.some((f) => f.key === key)) errors.push({ path: `answers.${key}`, message: UNKNOWN })
  for (const field of asked) {
    const value = given[field.key]
    const problem =
      value !== undefined && typeof value !== 'string'
        ? `请填写${field.label}`
        : signupAnswerProblem(field, value as string | undefined)
    if (problem) errors.push({ path: `answers.${field.key}`, message: problem })
    else if (typeof value === 'string' && value.trim()) clean[field.key] = value.trim()
  }
  return errors.length ? { errors } : { answers: clean }
}
