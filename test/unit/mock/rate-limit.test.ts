/** @jest-environment node */
import { createRateLimiter, DEFAULT_RATE_LIMITS, rateLimitsFromEnv } from '../../../mock/rate-limit'

const rule = { limit: 3, windowMs: 10_000 }

describe('the rate limiter', () => {
  it('allows `limit` hits per window, then answers the seconds left until the window ends', () => {
    const limiter = createRateLimiter()
    const t0 = 1_000_000
    expect([0, 1, 2].map((i) => limiter.hit('k', rule, t0 + i))).toEqual([undefined, undefined, undefined])
    expect(limiter.hit('k', rule, t0 + 10)).toBe(10)
    expect(limiter.hit('k', rule, t0 + 8_500)).toBe(2)
    expect(limiter.hit('k', rule, t0 + 9_999)).toBe(1)
    // Another key has its own window; a new window starts once the old one is over.
    expect(limiter.hit('other', rule, t0 + 9_999)).toBeUndefined()
    expect(limiter.hit('k', rule, t0 + 10_000)).toBeUndefined()
  })

  it('refused hits do not extend the wait', () => {
    const limiter = createRateLimiter()
    for (let i = 0; i < 3; i += 1) limiter.hit('k', rule, 0)
    for (let t = 0; t < 10_000; t += 1000)
      expect(limiter.hit('k', rule, t)).toBe(Math.ceil((10_000 - t) / 1000))
    expect(limiter.hit('k', rule, 10_000)).toBeUndefined()
  })

  it('stays bounded under a flood of fresh keys; the newest windows still hold', () => {
    const limiter = createRateLimiter()
    for (let i = 0; i < 3; i += 1) limiter.hit('hammer', rule, 0)
    for (let i = 0; i < 120_000; i += 1) limiter.hit(`fresh-${i}`, rule, 1)
    expect(limiter.size()).toBeLessThanOrEqual(50_000)
    // The flood pushed out the oldest windows; the newest still hold.
    expect(limiter.hit('fresh-119999', { limit: 1, windowMs: 10_000 }, 2)).toBe(10)
  })

  it('reads MOCK_RATE_LIMITS: a subset of ip/user/login per minute, off, or a clear error', () => {
    expect(rateLimitsFromEnv(undefined)).toBeUndefined()
    expect(rateLimitsFromEnv('off')).toBe(false)
    const some = rateLimitsFromEnv('user:50, login:5')
    expect(some).toEqual({
      perIp: DEFAULT_RATE_LIMITS.perIp,
      perUser: { limit: 50, windowMs: 60_000 },
      login: { limit: 5, windowMs: 60_000 },
    })
    expect(() => rateLimitsFromEnv('users:5')).toThrow(/MOCK_RATE_LIMITS/)
    expect(() => rateLimitsFromEnv('ip:0')).toThrow(/MOCK_RATE_LIMITS/)
  })
})
