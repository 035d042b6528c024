import { z } from 'zod'

import type { FieldSpec, FieldValues } from '@/api/contract/schemas/service-request'

/** What the form holds while typing: every value as the text the user sees. */
export type FieldDraft = Record<string, string>

const NUMBER_RE = /^\d+(\.\d+)?$/
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
/** Mainland mobile numbers, for a phone field that carries no pattern of its own. */
const PHONE_PATTERN = '^1[3-9]\\d{9}$'

/** The rules of a filled-in value, per field type. */
function valueSchema(spec: FieldSpec): z.ZodType<string | number, string> {
  const { label } = spec
  if (spec.type === 'number') {
    return z.string().regex(NUMBER_RE, `${label}须为不小于 0 的数字`).transform(Number)
  }
  let text = z.string()
  if (spec.maxLength !== undefined) text = text.max(spec.maxLength, `${label}不能超过 ${spec.maxLength} 个字`)
  if (spec.type === 'date') text = text.regex(DATE_RE, `请选择${label}`)
  if (spec.type === 'phone') {
    text = text.regex(new RegExp(spec.pattern ?? PHONE_PATTERN), `请输入正确的${label}（11 位手机号）`)
  } else if (spec.pattern) {
    text = text.regex(new RegExp(spec.pattern), `${label}格式不正确`)
  }
  if (spec.type === 'select') {
    return text.refine((v) => (spec.options ?? []).includes(v), `请从选项中选择${spec.label}`)
  }
  return text
}

const chooses = (spec: FieldSpec) => spec.type === 'select' || spec.type === 'date'

/** Blank is "not given": fine when optional (left out of the body), one clear message when required. */
function fieldSchema(spec: FieldSpec) {
  const value = valueSchema(spec)
  return z
    .string()
    .trim()
    .transform((text, ctx): string | number | undefined => {
      if (text === '') {
        if (spec.required) {
          ctx.addIssue({ code: 'custom', message: `${chooses(spec) ? '请选择' : '请填写'}${spec.label}` })
        }
        return undefined
      }
      const parsed = value.safeParse(text)
      if (parsed.success) return parsed.data
      ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? `${spec.label}格式不正确` })
      return z.NEVER
    })
}

/**
 * One zod schema from a service type's FieldSpecs, used by the form as the user types and again on
 * submit; the output is the body's `fields` (numbers as numbers, optional blanks left out).
 */
export function buildFieldsSchema(specs: FieldSpec[]) {
  const shape = Object.fromEntries(specs.map((spec) => [spec.key, fieldSchema(spec)]))
  return z.object(shape).transform((values) => {
    const out: FieldValues = {}
    for (const [key, value] of Object.entries(values))
      if (value !== undefined) out[key] = value as string | number
    return out
  })
}

export type FieldErrors = Record<string, string>

/** Validates a draft: the cleaned values, or one Chinese message per failing field. */
export function validateDraft(
  specs: FieldSpec[],
  draft: FieldDraft,
): { ok: true; values: FieldValues } | { ok: false; errors: FieldErrors } {
  const input = Object.fromEntries(specs.map((spec) => [spec.key, draft[spec.key] ?? '']))
  const result = buildFieldsSchema(specs).safeParse(input)
  if (result.success) return { ok: true, values: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '')
    // A union reports each branch; the first message for a field is the one that explains it.
    if (key && !errors[key]) errors[key] = issue.message
  }
  return { ok: false, errors }
}
