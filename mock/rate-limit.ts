/** At most `limit` requests per `windowMs` (a fixed window that starts with the first request). */
export interface RateRule {
  limit: number
  windowMs: number
}

/**
 * The mock's rate limits, per client address, per user (by token) and, stricter, for the login routes
 * per address. Loose enough that the app and every test suite stay far below them (the contract suite
 * over HTTP, all from 127.0.0.1, peaks near 1,500 requests a minute); a test that wants a 429 configures
 * its own backend with low ones.
 */
export interface RateLimits {
  perIp: RateRule
  perUser: RateRule
  login: RateRule
}

const MINUTE = 60_000

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perIp: { limit: 6000, windowMs: MINUTE },
  perUser: { limit: 1200, windowMs: MINUTE },
  login: { limit: 120, windowMs: MINUTE },
}

/** Windows kept at most; past it, expired windows are swept, then the oldest go. */
const MAX_KEYS = 50_000

interface Window {
  start: number
  count: number
}

export interface RateLimiter {
  /** Counts one request against `key` under `rule`: undefined when allowed, else seconds to wait. */
  hit(key: string, rule: RateRule, nowMs: number): number | undefined
  clear(): void
  /** Windows held now (bounded by MAX_KEYS). */
  size(): number
}

export function createRateLimiter(): RateLimiter {
  const windows = new Map<string, Window>()

  const sweep = (nowMs: number, rules: RateRule) => {
    for (const [key, window] of windows) if (nowMs - window.start >= rules.windowMs) windows.delete(key)
    // Still full (a flood of fresh keys): drop the oldest tenth, in insertion order, so the next
    // sweep is thousands of requests away.
    for (const key of windows.keys()) {
      if (windows.size < MAX_KEYS * 0.9) break
      windows.delete(key)
    }
  }

  return {
    hit(key, rule, nowMs) {
      let window = windows.get(key)
      if (!window || nowMs - window.start >= rule.windowMs || nowMs < window.start) {
        if (!window && windows.size >= MAX_KEYS) sweep(nowMs, rule)
        window = { start: nowMs, count: 0 }
        windows.delete(key)
        windows.set(key, window)
      }
      if (window.count >= rule.limit)
        return Math.max(1, Math.ceil((window.start + rule.windowMs - nowMs) / 1000))
      window.count += 1
      return undefined
    },
    clear: () => windows.clear(),
    size: () => windows.size,
  }
}

/**
 * `MOCK_RATE_LIMITS=ip:6000,user:1200,login:120` (requests per minute; any subset), or `off` for
 * none: the server's env switch, so a test or a load experiment can set its own.
 */
export function rateLimitsFromEnv(value: string | undefined): RateLimits | false | undefined {
  if (!value) return undefined
  if (value.trim() === 'off') return false
  const limits: RateLimits = {
    perIp: { ...DEFAULT_RATE_LIMITS.perIp },
    perUser: { ...DEFAULT_RATE_LIMITS.perUser },
    login: { ...DEFAULT_RATE_LIMITS.login },
  }
  const names = { ip: 'perIp', user: 'perUser', login: 'login' } as const
  for (const part of value.split(',')) {
    const [name = '', count = ''] = part.split(':').map((s) => s.trim())
    const key = names[name as keyof typeof names]
    const limit = Number(count)
    if (!key || !Number.isInteger(limit) || limit < 1)
      throw new Error(`MOCK_RATE_LIMITS: cannot read "${part}"`)
    limits[key].limit = limit
  }
  return limits
}
