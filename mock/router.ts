import { routes, type Route } from '../src/api/contract/routes'

import { sha256, toHex } from './crypto'

interface Compiled {
  route: Route
  regex: RegExp
}

/** Path patterns to anchored regexes; `:id` matches one segment, dots are literal (bookings.csv). */
const compiled: Compiled[] = routes.map((route) => {
  const source = route.path
    .split('/')
    .map((part) => (part.startsWith(':') ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return { route, regex: new RegExp(`^${source}$`) }
})

export interface Match {
  route: Route
  id: string
}

export function matchRoute(method: string, path: string): Match | undefined {
  for (const { route, regex } of compiled) {
    if (route.method !== method) continue
    const found = regex.exec(path)
    if (!found) continue
    let id = found[1] ?? ''
    try {
      id = decodeURIComponent(id)
    } catch {
      // A malformed escape can't name a real object; the handler will answer 404.
    }
    return { route, id }
  }
  return undefined
}

/**
 * Stable JSON for fingerprints: key order must not make the same body look different, and bytes
 * stand for their SHA-256 (two uploads of one length differ). Recursive: the backend refuses bodies
 * nested past MAX_JSON_DEPTH before this runs.
 */
export function stableStringify(value: unknown): string {
  if (value instanceof Uint8Array) return `bytes:${toHex(sha256(value))}`
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}
