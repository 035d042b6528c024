/** The contract's WebSocket limits and close codes (also in test/contract/README.md). */
export const WS_CLOSE_UNAUTHENTICATED = 4401
/** RFC 6455 "message too big": the ws library closes with it when a frame passes maxPayload. */
export const WS_CLOSE_TOO_BIG = 1009
/** Clients send only pings (a few bytes); anything past this is abuse, not a message. */
export const WS_MAX_MESSAGE_BYTES = 16 * 1024
const MAX_TOKEN_LENGTH = 512

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return undefined
  }
}

/**
 * The token of `/ws?token=…`, or undefined when the query is not exactly what a client sends: one
 * non-empty `token`, no parameter given twice, every escape well formed. Read by hand, not through a
 * query parser, which turns `token=A&token=B` into an array that nothing downstream expects.
 */
export function socketToken(url: string): string | undefined {
  const start = url.indexOf('?')
  if (start < 0) return undefined
  const seen = new Set<string>()
  let token: string | undefined
  for (const pair of url.slice(start + 1).split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const key = decode(eq < 0 ? pair : pair.slice(0, eq))
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1))
    if (key === undefined || value === undefined || seen.has(key)) return undefined
    seen.add(key)
    if (key === 'token') token = value
  }
  return token && token.length <= MAX_TOKEN_LENGTH ? token : undefined
}
