import type { FieldSpec, ServiceRequest, ServiceType } from '@/api/contract/schemas/service-request'

const present = (value: unknown) => value !== undefined && value !== null && String(value).trim() !== ''

/** Every request repeats who to call: that never tells two of them apart. */
const isContact = (spec: FieldSpec) => spec.key === 'contactName' || spec.type === 'phone'

/** 「需求面积（平方米）」 and 300 read as 「300 平方米」; a value without a unit in its label stays as is. */
function withUnit(spec: FieldSpec, value: string | number) {
  const unit = /（([^（）]+)）$/.exec(spec.label)?.[1]
  return spec.type === 'number' && unit ? `${value} ${unit}` : String(value)
}

/** A description can run to a page; a list needs its start (the card cuts it to one line again). */
const clip = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max)}…` : text)

/**
 * What tells two requests of one type apart in a list: the first thing the owner wrote (a company
 * name, a description), else the first two choices made (中国工商银行 · 基本存款账户).
 */
export function requestSummary(
  request: Pick<ServiceRequest, 'fields'>,
  type: Pick<ServiceType, 'fields'> | undefined,
): string | undefined {
  const specs = (type?.fields ?? []).filter((spec) => !isContact(spec) && present(request.fields[spec.key]))
  const written = specs.find((spec) => spec.type === 'text' || spec.type === 'textarea')
  if (written) return clip(String(request.fields[written.key]).trim().replace(/\s+/g, ' '))
  const chosen = specs.slice(0, 2).map((spec) => withUnit(spec, request.fields[spec.key] as string | number))
  return chosen.length ? chosen.join(' · ') : undefined
}
