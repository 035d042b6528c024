/**
 * Limits on what a JSON request body may be, for the backend and its HTTP layer alike. A body is read
 * whole before anything else, so these bound the work and memory one request can cost: uploads have
 * their own, larger limit (MAX_FILE_BYTES, multipart only).
 */

/** 1 MB: the largest real body (a salon with its description, a request with 20 attachments) is ~50 kB. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024

/** Objects and arrays inside each other; the contract's deepest body has 4 levels. */
export const MAX_JSON_DEPTH = 32

export const BODY_TOO_LARGE_MESSAGE = `请求内容超过 ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB 上限`
export const BODY_TOO_DEEP_MESSAGE = `请求内容嵌套超过 ${MAX_JSON_DEPTH} 层`
export const BODY_NOT_OBJECT_MESSAGE = '请求体须为 JSON 对象'

/**
 * How deep a parsed JSON value nests, counted without recursion (a hostile body may be 10,000
 * levels deep) and stopping as soon as it passes `limit`.
 */
export function jsonDepthExceeds(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]]
  while (stack.length) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (current === null || typeof current !== 'object' || current instanceof Uint8Array) continue
    if (depth + 1 > limit) return true
    for (const child of Object.values(current as Record<string, unknown>)) stack.push([child, depth + 1])
  }
  return false
}

/** A body a route that takes an object may get: an object, or nothing at all. */
export const isJsonObjectOrAbsent = (value: unknown) =>
  value === undefined || (typeof value === 'object' && value !== null && !Array.isArray(value))
