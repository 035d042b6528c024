// zod/mini: these rules ship with the new-request form, and the classic build of zod is ~65 KB a
// subpackage (each WeChat subpackage carries its own copy); the mock runs the same rules.
import * as z from 'zod/mini'

import type { FieldError } from '../schemas/common'
import type { FieldSpec, FieldValues, ServiceType } from '../schemas/service-request'

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
/** Mainland mobile numbers, for a phone field that carries no pattern of its own. */
export const PHONE_PATTERN = '^1[3-9]\\d{9}$'

/** A calendar day that exists: 2025-02-30 matches the pattern but comes back from Date as 03-02. */
function isRealDate(text: string): boolean {
  if (!DATE_RE.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/** Select and date fields are chosen, not typed: the missing-value message says so. */
const chooses = (spec: FieldSpec) => spec.type === 'select' || spec.type === 'date'

/** The rules of a given value: a number for `number` fields, text (trimmed) for every other type. */
function valueSchema(spec: FieldSpec): z.ZodMiniType<string | number, unknown> {
  const { label } = spec
  if (spec.type === 'number') {
    const message = `${label}须为不小于 0 的数字`
    return z.number({ error: message }).check(z.minimum(0, message))
  }
  const checks: z.core.$ZodCheck<string>[] = [z.trim()]
  if (spec.maxLength !== undefined)
    checks.push(z.maxLength(spec.maxLength, `${label}不能超过 ${spec.maxLength} 个字`))
  if (spec.type === 'phone') {
    checks.push(z.regex(new RegExp(spec.pattern ?? PHONE_PATTERN), `请输入正确的${label}（11 位手机号）`))
  } else if (spec.pattern) {
    checks.push(z.regex(new RegExp(spec.pattern), `${label}格式不正确`))
  }
  if (spec.type === 'date') checks.push(z.refine(isRealDate, `${label}须为 YYYY-MM-DD 格式的日期`))
  if (spec.type === 'select')
    checks.push(z.refine((v: string) => (spec.options ?? []).includes(v), `请从选项中选择${label}`))
  return z.string({ error: `${label}须为文本` }).check(...checks)
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/** Blank is "not given": fine when optional (left out), one clear message when required. */
function fieldSchema(spec: FieldSpec) {
  const value = valueSchema(spec)
  return z.pipe(
    z.unknown(),
    z.transform((input, ctx): string | number | undefined => {
      if (isBlank(input)) {
        if (spec.required) {
          ctx.issues.push({
            code: 'custom',
            input,
            message: `${chooses(spec) ? '请选择' : '请填写'}${spec.label}`,
          })
        }
        return undefined
      }
      const parsed = value.safeParse(input)
      if (parsed.success) return parsed.data
      // Only the first issue: one message per field explains it best.
      ctx.issues.push({
        code: 'custom',
        input,
        message: parsed.error.issues[0]?.message ?? `${spec.label}格式不正确`,
      })
      return z.NEVER
    }),
  )
}

/**
 * The field-value schema of one service type, read by the backend on POST /service-requests and by the
 * form as the user types. The output is what gets stored: text trimmed, optional blanks left out; a
 * key the type does not have is an error.
 */
export function buildFieldsSchema(type: Pick<ServiceType, 'name' | 'fields'>) {
  const shape = Object.fromEntries(type.fields.map((spec) => [spec.key, fieldSchema(spec)]))
  const unknownKey = z.unknown().check(
    z.superRefine((_value, ctx) => {
      ctx.addIssue({ code: 'custom', message: `「${type.name}」没有这一项` })
    }),
  )
  return z.pipe(
    z.catchall(z.object(shape), unknownKey),
    z.transform((values) => {
      const out: FieldValues = {}
      for (const [key, value] of Object.entries(values))
        if (value !== undefined) out[key] = value as string | number
      return out
    }),
  )
}

/**
 * Checks values against the type: the cleaned values, or one error per failing field with the path
 * `fields.<key>` the backend reports (the form strips the prefix to mark its input).
 */
export function checkFields(
  type: Pick<ServiceType, 'name' | 'fields'>,
  values: Record<string, unknown>,
): { ok: true; values: FieldValues } | { ok: false; errors: FieldError[] } {
  const result = buildFieldsSchema(type).safeParse(values)
  if (result.success) return { ok: true, values: result.data }
  const errors: FieldError[] = []
  for (const issue of result.error.issues) {
    const path = `fields.${String(issue.path[0] ?? '')}`
    if (!errors.some((e) => e.path === path)) errors.push({ path, message: issue.message })
  }
  return { ok: false, errors }
}
