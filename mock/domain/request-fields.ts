import type { FieldError } from '../../src/api/contract/schemas/common'
import type { FieldSpec, FieldValues, ServiceType } from '../../src/api/contract/schemas/service-request'

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/

function checkOne(spec: FieldSpec, value: string | number): string | undefined {
  if (spec.type === 'number') {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0
      ? undefined
      : `${spec.label}须为数字`
  }
  if (typeof value !== 'string') return `${spec.label}须为文本`
  if (spec.maxLength !== undefined && value.length > spec.maxLength) {
    return `${spec.label}不能超过 ${spec.maxLength} 个字`
  }
  if (spec.type === 'date') {
    const valid = DATE_RE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00+08:00`))
    return valid ? undefined : `${spec.label}须为 YYYY-MM-DD 格式的日期`
  }
  if (spec.type === 'select' && !(spec.options ?? []).includes(value)) return `请从选项中选择${spec.label}`
  if (spec.pattern && !new RegExp(spec.pattern).test(value)) {
    return spec.type === 'phone' ? `请输入正确的${spec.label}（11 位手机号）` : `${spec.label}格式不正确`
  }
  return undefined
}

const isEmpty = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '')

/** Checks values against the type's FieldSpecs; paths are `fields.<key>` so a form can mark the input. */
export function validateFields(type: ServiceType, values: FieldValues): FieldError[] {
  const errors: FieldError[] = []
  const known = new Set(type.fields.map((f) => f.key))
  for (const key of Object.keys(values)) {
    if (!known.has(key)) errors.push({ path: `fields.${key}`, message: `「${type.name}」没有这一项` })
  }
  for (const spec of type.fields) {
    const value = values[spec.key]
    if (isEmpty(value)) {
      if (spec.required) errors.push({ path: `fields.${spec.key}`, message: `请填写${spec.label}` })
      continue
    }
    const message = checkOne(spec, value as string | number)
    if (message) errors.push({ path: `fields.${spec.key}`, message })
  }
  return errors
}
