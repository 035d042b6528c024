import type { Json, Upload } from './transport'

/** A FieldSpec as GET /service-types describes it (read from the server, never assumed). */
export interface FieldSpecLike {
  key: string
  type: string
  required: boolean
  options?: string[]
  pattern?: string
  maxLength?: number
}

const pad = (n: number) => String(n).padStart(2, '0')

/** ISO-8601 in China time (+08:00), the way the contract writes times. */
export function cst(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000)
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}+08:00`
  )
}

export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3600_000)

/** A value that satisfies one FieldSpec, derived from the spec so catalogue changes don't break tests. */
function validValue(spec: FieldSpecLike): string | number {
  switch (spec.type) {
    case 'number':
      return 100
    case 'date':
      return cst(hoursFromNow(72)).slice(0, 10)
    case 'select':
      return spec.options?.[0] ?? ''
    case 'phone':
      return '13800138000'
    default: {
      const text = spec.type === 'textarea' ? '契约测试：请专员协助办理' : '契约测试'
      return spec.maxLength ? text.slice(0, spec.maxLength) : text
    }
  }
}

/** Every field filled, required or not, with a valid value. */
export function validFields(specs: FieldSpecLike[]): Record<string, string | number> {
  return Object.fromEntries(specs.map((spec) => [spec.key, validValue(spec)]))
}

/** A salon an admin may create: bookable now, held in the future. */
export function salonBody(overrides: Record<string, unknown> = {}): Record<string, Json> {
  return {
    title: '契约测试企业家沙龙',
    summary: '接口契约测试用的沙龙',
    description: '活动安排：签到、主题分享、自由洽谈。',
    industryChain: '航空航天',
    speakers: ['测试主讲人'],
    location: '两江新区企业服务中心 1 楼',
    startAt: cst(hoursFromNow(24 * 10)),
    endAt: cst(hoursFromNow(24 * 10 + 3)),
    capacity: 5,
    bookingDeadline: cst(hoursFromNow(24 * 9)),
    ...overrides,
  }
}

// PUT /salons/:id replaces every editable field: the salon as it is, with some fields changed.
export function salonEdit(
  salon: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Record<string, Json> {
  const editable = Object.keys(salonBody()).filter((key) => salon[key] !== undefined)
  return { ...Object.fromEntries(editable.map((key) => [key, salon[key] as Json])), ...overrides }
}

// The smallest valid PNG (1×1, transparent): real bytes, so a server that sniffs content accepts it.
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

export function pngUpload(name = '营业执照.png'): Upload {
  return { name, mime: 'image/png', data: new Uint8Array(Buffer.from(PNG_BASE64, 'base64')) }
}

export function textUpload(name = 'notes.txt'): Upload {
  return { name, mime: 'text/plain', data: new TextEncoder().encode('not an allowed type') }
}

/** One byte over the 10 MB limit. */
export function oversizedUpload(): Upload {
  const data = new Uint8Array(10 * 1024 * 1024 + 1)
  data.set(Buffer.from(PNG_BASE64, 'base64'))
  return { name: 'too-big.png', mime: 'image/png', data }
}

let counter = 0
/** Unique per process: idempotency keys and clientMsgIds must never collide by accident. */
export function uniqueId(prefix: string): string {
  counter += 1
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`
}
