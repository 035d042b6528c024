import type { BackendOptions } from '../../../mock/backend'
import { createApi, type Api } from '../client'
import { expectError, expectStatus } from '../expectations'
import { createTransport, type ApiResponse, type Transport } from '../transport'

import type { ContractContext } from './context'

type Limits = Exclude<NonNullable<BackendOptions['rateLimits']>, false>

const MINUTE = 60_000
const limits = (ip: number, user: number, login: number): Limits => ({
  perIp: { limit: ip, windowMs: MINUTE },
  perUser: { limit: user, windowMs: MINUTE },
  login: { limit: login, windowMs: MINUTE },
})

/** 429 RATE_LIMITED in the contract's error body, with Retry-After in whole seconds within the window. */
function expectRateLimited(res: ApiResponse): void {
  expectError(res, 429, 'RATE_LIMITED')
  const retryAfter = Number(res.headers['retry-after'])
  expect(Number.isInteger(retryAfter)).toBe(true)
  expect(retryAfter).toBeGreaterThanOrEqual(1)
  expect(retryAfter).toBeLessThanOrEqual(60)
}

/** Calls `call` until the first non-200 (at most `max` times); answers how many passed and that answer. */
async function untilRefused(call: () => Promise<ApiResponse>, max: number) {
  for (let passed = 0; passed < max; passed += 1) {
    const res = await call()
    if (res.status !== 200) return { passed, refused: res }
  }
  throw new Error(`no refusal within ${max} calls`)
}

export function rateLimitSuite(ctx: ContractContext): void {
  // A real server's limits are its own: these checks configure a mock with low ones (never hammer the
  // defaults), so they run on the mock's two transports only.
  if (ctx.kind === 'remote') return

  describe('hardening: rate limits (429 + Retry-After)', () => {
    let transport: Transport | undefined
    afterEach(async () => {
      await transport?.close()
      transport = undefined
    })
    async function limitedApi(rules: Limits): Promise<Api> {
      transport = await createTransport(ctx.kind, { rateLimits: rules })
      return createApi(transport)
    }
    async function login(api: Api, userId: string): Promise<string> {
      const res = await api.anonymous().post('/auth/demo', { userId })
      expectStatus(res, 200)
      return res.body.token as string
    }
    const accounts = async (api: Api) =>
      (await api.anonymous().get('/auth/demo-accounts')).body as { userId: string; role: string }[]

    test('per user: past its budget a user gets 429 with Retry-After; another user is still served', async () => {
      const api = await limitedApi(limits(1000, 5, 100))
      const owners = (await accounts(api)).filter((a) => a.role === 'owner')
      const a = await login(api, owners[0]?.userId ?? '')
      const b = await login(api, owners[1]?.userId ?? '')
      const { passed, refused } = await untilRefused(() => api.as(a).get('/service-types'), 20)
      expect(passed).toBe(5)
      expectRateLimited(refused)
      expectRateLimited(await api.as(a).get('/me'))
      expectStatus(await api.as(b).get('/service-types'), 200)
    })

    test('logins are stricter: past the login budget POST /auth/demo is 429, signed-in calls go on', async () => {
      const api = await limitedApi(limits(1000, 100, 3))
      const [first] = await accounts(api)
      const userId = first?.userId ?? ''
      const token = await login(api, userId)
      const { passed, refused } = await untilRefused(() => api.anonymous().post('/auth/demo', { userId }), 10)
      expect(passed).toBe(2)
      expectRateLimited(refused)
      expectRateLimited(await api.anonymous().post('/auth/wechat', { code: 'any-code' }))
      expectStatus(await api.as(token).get('/me'), 200)
    })

    test('per address: past its budget every caller from it gets 429, known routes or not', async () => {
      const api = await limitedApi(limits(6, 100, 100))
      const [first] = await accounts(api)
      const token = await login(api, first?.userId ?? '')
      const { passed, refused } = await untilRefused(() => api.as(token).get('/service-types'), 20)
      expect(passed).toBe(4)
      expectRateLimited(refused)
      expectRateLimited(await api.anonymous().get('/no-such-route'))
      expectRateLimited(await api.anonymous().get('/auth/demo-accounts'))
    })
  })
}
