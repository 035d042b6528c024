// Checks one `wx` call against WeChat's documented signature (from catalog.ts). A phone does not
// always reject misuse loudly (an unknown request method may be sent as-is or fail far from the
// cause), so the harness reports it at the call. Arguments may come from the vm realm: only typeof,
// Array.isArray and Object.prototype.toString are used, never instanceof.
import { getApi, loadCatalog, type TypeSpec, type WxCatalog } from './catalog'

/** Problems with `wx[api](...args)`, as readable sentences; empty when the call is as documented. */
export function checkCall(
  api: string,
  args: readonly unknown[],
  catalog: WxCatalog = loadCatalog(),
): string[] {
  const spec = getApi(catalog, api)
  if (!spec)
    return [`wx.${api} is not a documented WeChat API (miniprogram-api-typings ${catalog.typingsVersion})`]
  if (spec.kind === 'property') return [`wx.${api} is not a function (it is a ${spec.returns} property)`]
  // With several signatures any single reading of the arguments could be wrong: name check only.
  if (spec.overloads > 1) return []

  const problems: string[] = []
  spec.params.forEach((param, i) => {
    const arg = args[i]
    if (param.option) {
      const props = param.option.props
      const required = Object.keys(props).filter((k) => props[k]?.required)
      if (arg === undefined || arg === null) {
        // WeChat accepts a missing option object when nothing in it is required (wx.hideLoading()).
        if (required.length) problems.push(`wx.${api}: the ${param.option.interface} object is missing`)
        return
      }
      if (typeof arg !== 'object' || Array.isArray(arg)) {
        problems.push(
          `wx.${api}: ${param.name} should be a ${param.option.interface} object, got ${describe(arg)}`,
        )
        return
      }
      const record = arg as Record<string, unknown>
      for (const key of required) {
        if (record[key] === undefined) problems.push(`wx.${api}: required field ${key} is missing`)
      }
      for (const [key, prop] of Object.entries(props)) {
        const value = record[key]
        // null on an optional field is treated as absent: WeChat's own code does the same (a ?? default).
        if (value === undefined || (value === null && !prop.required)) continue
        const problem = mismatch(value, prop)
        if (problem) problems.push(`wx.${api}: ${key} ${problem}`)
      }
      return
    }
    if (arg === undefined) {
      if (!param.optional) problems.push(`wx.${api}: argument ${i + 1} (${param.name}) is missing`)
      return
    }
    const problem = mismatch(arg, param.type)
    if (problem) problems.push(`wx.${api}: argument ${i + 1} (${param.name}) ${problem}`)
  })
  return problems
}

/** Why `value` does not fit `spec`, or undefined when it fits. */
function mismatch(value: unknown, spec: TypeSpec): string | undefined {
  if (spec.kinds.includes('any')) return undefined
  if (spec.values?.some((v) => v === value)) return undefined
  if (spec.kinds.includes(kindOf(value))) return undefined
  // Arrays and ArrayBuffers are objects too (an IAnyObject field accepts them in the typings).
  if (spec.kinds.includes('object') && (kindOf(value) === 'array' || kindOf(value) === 'arraybuffer'))
    return undefined
  const allowed = [...(spec.values ?? []).map((v) => JSON.stringify(v)), ...spec.kinds]
  if (!spec.kinds.length && typeof value === typeof spec.values?.[0]) {
    return `${describe(value)} is not one of ${allowed.join(', ')}`
  }
  return `should be ${allowed.join(' | ')}, got ${describe(value)}`
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (Object.prototype.toString.call(value) === '[object ArrayBuffer]') return 'arraybuffer'
  return typeof value
}

function describe(value: unknown): string {
  const kind = kindOf(value)
  if (kind === 'string') return JSON.stringify(String(value).slice(0, 60))
  if (kind === 'number' || kind === 'boolean' || kind === 'null' || kind === 'undefined') return String(value)
  return `a ${kind}`
}
