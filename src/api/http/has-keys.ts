/**
 * A plain object carrying every one of `keys` (not undefined). What the app checks of server data that
 * arrives outside axios (socket events, upload answers) instead of parsing it with the contract's
 * schemas, which would bring zod into the first download.
 */
export function hasKeys(data: unknown, keys: readonly string[]): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false
  const record = data as Record<string, unknown>
  return keys.every((key) => record[key] !== undefined)
}
