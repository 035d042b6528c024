// setData as WeChat's framework applies it: data paths (`a.b[0].c`, Taro's `root.cn.[0]`, `\.` escaping a
// dot inside a key), the payload checked against WeChat's limits before it would cross to the view layer.

export const SET_DATA_LIMIT = 1024 * 1024

export type PathSegment = string | number

/** Splits a setData key into fields and indexes; throws on what WeChat's parser rejects. */
export function parseDataPath(key: string): PathSegment[] {
  const segments: PathSegment[] = []
  let field = ''
  let pendingField = false
  for (let i = 0; i < key.length; i++) {
    const ch = key[i]
    if (ch === '\\') {
      if (i + 1 >= key.length) throw new Error(`invalid data path "${key}": trailing escape`)
      field += key[++i]
      pendingField = true
    } else if (ch === '.') {
      if (pendingField) segments.push(field)
      field = ''
      pendingField = false
    } else if (ch === '[') {
      if (pendingField) segments.push(field)
      field = ''
      pendingField = false
      const close = key.indexOf(']', i)
      const digits = close === -1 ? '' : key.slice(i + 1, close)
      if (!/^\d+$/.test(digits)) throw new Error(`invalid data path "${key}": array index must be digits`)
      segments.push(Number(digits))
      i = close
    } else {
      field += ch
      pendingField = true
    }
  }
  if (pendingField) segments.push(field)
  if (segments.length === 0) throw new Error(`invalid data path "${key}": empty`)
  return segments
}

/** Paths inside `value` that hold undefined (WeChat: "Setting data field … to undefined is invalid"). */
export function undefinedPaths(value: unknown, at: string, out: string[] = []): string[] {
  if (value === undefined) out.push(at)
  else if (Array.isArray(value)) value.forEach((item, index) => undefinedPaths(item, `${at}[${index}]`, out))
  else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) undefinedPaths(item, `${at}.${key}`, out)
  return out
}

/** Writes a (JSON-cloned, as the view layer receives it) value at a parsed path, creating containers. */
export function applyAtPath(data: Record<string, unknown>, segments: PathSegment[], value: unknown): void {
  let node: Record<string | number, unknown> = data
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i] as PathSegment
    const nextIsIndex = typeof segments[i + 1] === 'number'
    let child = node[segment]
    if (child === null || typeof child !== 'object') {
      child = nextIsIndex ? [] : {}
      node[segment] = child
    }
    node = child as Record<string | number, unknown>
  }
  const last = segments[segments.length - 1] as PathSegment
  node[last] = value === undefined ? undefined : JSON.parse(JSON.stringify(value))
}

export interface SetDataCheck {
  bytes: number
  problems: string[]
  /** undefined fields nested inside a value: the JSON hop to the view layer drops them, silently. */
  droppedUndefined: string[]
}

/** The checks WeChat makes on one setData call. */
export function checkSetData(payload: Record<string, unknown>): SetDataCheck {
  const problems: string[] = []
  let bytes = 0
  try {
    bytes = JSON.stringify(payload).length
  } catch (error) {
    problems.push(`setData payload is not serialisable: ${String(error)}`)
  }
  if (bytes > SET_DATA_LIMIT)
    problems.push(`setData payload is ${bytes} bytes, over WeChat's ${SET_DATA_LIMIT} (1 MB) per call`)
  const droppedUndefined: string[] = []
  for (const [key, value] of Object.entries(payload)) {
    // WeChat warns (and ignores the key) when a key's value is undefined; nested undefined fields it
    // drops without a word, as JSON does, so those are counted, not failed.
    if (value === undefined) problems.push(`Setting data field "${key}" to undefined is invalid`)
    else droppedUndefined.push(...undefinedPaths(value, key))
    try {
      parseDataPath(key)
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  return { bytes, problems, droppedUndefined }
}
