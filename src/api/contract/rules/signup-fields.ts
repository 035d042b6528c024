import { z } from 'zod'

import type { SignupField } from '../schemas/salon'

import { PHONE_PATTERN } from './request-fields'

const MOBILE = new RegExp(PHONE_PATTERN)
const UNKNOWN = '含有本场活动未设置的报名信息'

/** What an admin picks from first; any other label is a free text field. */
export const SIGNUP_PRESETS: SignupField[] = [
  { key: 'name', label: '姓名', required: true, kind: 'text' },
  { key: 'title', label: '职务', required: false, kind: 'text' },
  { key: 'phone', label: '手机号', required: true, kind: 'phone' },
]

/**
 * The one rule for a booking's answers, run by the backend on POST /salons/:id/bookings and by the
 * booking form before it sends: each required field filled, a phone a mainland mobile, at most 100
 * characters, and nothing the salon does not ask. Messages name the field in Chinese.
 */
export function signupAnswersSchema(fields: readonly SignupField[]) {
  const shape: Record<string, z.ZodType<string | undefined>> = {}
  for (const field of fields) {
    const fill = `请填写${field.label}`
    const long = `${field.label}不能超过 100 字`
    let text = z.string({ error: fill }).trim().max(100, long)
    if (field.kind === 'phone') text = text.regex(MOBILE, `${field.label}须为 11 位手机号`)
    shape[field.key] = field.required
      ? z.string({ error: fill }).trim().min(1, fill).pipe(text)
      : // Blank is the same as left out for a field that may be left out.
        z.preprocess(
          (value) => (typeof value === 'string' && !value.trim() ? undefined : value),
          text.optional(),
        )
  }
  return z.object(shape).strict()
}

/** The answers to store: trimmed, empty optional ones left out; or the {path, message} to refuse with. */
export function checkSignupAnswers(
  fields: readonly SignupField[] | undefined,
  answers: Record<string, string> | undefined,
): { answers: Record<string, string> } | { errors: { path: string; message: string }[] } {
  const result = signupAnswersSchema(fields ?? []).safeParse(answers ?? {})
  if (!result.success)
    return {
      errors: result.error.issues.map((issue) => ({
        path: [
          'answers',
          ...issue.path.map(String),
          ...(issue.code === 'unrecognized_keys' ? issue.keys : []),
        ]
          .filter(Boolean)
          .join('.'),
        message: issue.code === 'unrecognized_keys' ? UNKNOWN : issue.message,
      })),
    }
  const clean: Record<string, string> = {}
  for (const [key, value] of Object.entries(result.data)) if (value) clean[key] = value as string
  return { answers: clean }
}
