import { API_PREFIX } from '../src/api/contract/routes'
import {
  BODY_NOT_OBJECT_MESSAGE,
  BODY_TOO_DEEP_MESSAGE,
  BODY_TOO_LARGE_MESSAGE,
  MAX_JSON_BODY_BYTES,
  isJsonObjectOrAbsent,
  jsonDepthExceeds,
} from '../src/api/contract/rules/bodies'
import type { User } from '../src/api/contract/schemas/enterprise'
import { setChineseMessages } from '../src/api/contract/zod-locale'

import { RawReply, type Emit, type Handlers } from './context'
import { utf8 } from './crypto'
import type { Db } from './db'
import { sweepNotices } from './domain/notices'
import { expireOffers } from './domain/salon-events'
import { errorBody, HttpError, issuesToDetails, unauthenticated, forbidden, validationFailed } from './errors'
import { authHandlers, userIdForToken } from './handlers/auth'
import { bookingHandlers } from './handlers/bookings'
import { chatHandlers } from './handlers/chat'
import { figureHandlers } from './handlers/figures'
import { fileHandlers } from './handlers/files'
import { createFileUrls } from './handlers/files-signing'
import { followUpHandlers } from './handlers/follow-ups'
import { journeyHandlers } from './handlers/journeys'
import { noticeHandlers } from './handlers/notices'
import { salonHandlers } from './handlers/salons'
import { serviceRequestHandlers } from './handlers/service-requests'
import { visitHandlers } from './handlers/visits'
import { checkKey, fingerprintOf, recall, remember } from './idempotency'
import { queryParams } from './query-string'
import { createRateLimiter, DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit'
import { matchRoute } from './router'
import { buildSeedDb } from './seed'

// Validation messages reach users, so zod speaks Chinese, set after the imports above loaded classic zod.
setChineseMessages()

export interface MockRequest {
  method: string
  /** Full path with the /api/v1 prefix and query string, e.g. '/api/v1/salons?when=upcoming'. */
  path: string
  /** Lower-case names: authorization, idempotency-key, content-type. */
  headers: Record<string, string | undefined>
  /** Parsed JSON; for POST /files: { file: { name, size, mime, data? } }. */
  body?: unknown
  /** The client's address (the server passes the socket's); in-process every call is one client. */
  ip?: string
}

export interface MockResponse {
  status: number
  headers?: Record<string, string>
  /** A JSON value, a string for CSV, bytes for GET /files/:id. */
  body: unknown
}

export type MockEvent = { type: string; data: unknown }
export type MockListener = (userId: string, event: MockEvent) => void

export interface Backend {
  handle(req: MockRequest): Promise<MockResponse>
  reset(): void
  subscribe(listener: MockListener): () => void
  userIdForToken(token: string): string | undefined
  /** The live tables, for white-box tests of what the backend keeps. */
  inspect(): Db
}

export type MockMode = 'test' | 'demo' | 'live'

export interface BackendOptions {
  /** The clock for every rule (deadlines, dueAt) and the seed clock at each reset. Default: real time. */
  now?: () => Date
  /** Check every 2xx JSON answer against the route's response schema and throw on a mismatch (tests). */
  strict?: boolean
  /** Rate limits per address, per user and for logins (429 + Retry-After); false for none. */
  rateLimits?: RateLimits | false
  /**
   * 'test' and 'demo' answer POST /__mock/reset; 'live' (the default) answers it 404 like any unknown
   * route, so a mock left running where others reach it can't be wiped by anyone.
   */
  mode?: MockMode
  /** Start from this db instead of the seed (the server's saved data, MOCK_DATA_DIR). */
  initialDb?: Db
  /** Called after anything that may have changed the db (every non-GET request, a reset): persist it. */
  onChange?: (db: Db) => void
  /**
   * Take an upload described without its bytes ({ name, size, mime }): only the app's in-process
   * backend in mock mode, where WeChat's temp files are described, not read. Default false: an
   * upload is its bytes, checked by their content.
   */
  describedUploads?: boolean
}

const handlers: Handlers = {
  ...authHandlers,
  ...serviceRequestHandlers,
  ...fileHandlers,
  ...chatHandlers,
  ...salonHandlers,
  ...bookingHandlers,
  ...noticeHandlers,
  ...figureHandlers,
  ...followUpHandlers,
  ...visitHandlers,
  ...journeyHandlers,
}

/** Copies out of the db so no caller can mutate stored objects through an answer or an event. */
const detach = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' }
const fail = (error: HttpError): MockResponse => ({
  status: error.status,
  headers: JSON_HEADERS,
  body: errorBody(error),
})

export function createBackend(options: BackendOptions = {}): Backend {
  const now = options.now ?? (() => new Date())
  let db: Db = options.initialDb ?? buildSeedDb(now())
  const mode = options.mode ?? 'live'
  const listeners = new Set<MockListener>()
  // The signing key lives with this backend, not in the db: a reset keeps urls handed out valid.
  const fileUrls = createFileUrls()
  const describedUploads = options.describedUploads ?? false

  const emit: Emit = (userIds, type, data) => {
    for (const userId of new Set(userIds)) {
      const payload = fileUrls.signAll(
        detach(typeof data === 'function' ? (data as (id: string) => unknown)(userId) : data),
        now(),
      )
      for (const listener of [...listeners]) listener(userId, { type, data: payload })
    }
  }

  const reset = () => {
    db = buildSeedDb(now())
    options.onChange?.(db)
  }

  const limits = options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits
  const limiter = createRateLimiter()

  /** 429 RATE_LIMITED with Retry-After (seconds) when `key` is over `rule`; the client waits that long. */
  function overLimit(key: string, rule: RateLimits[keyof RateLimits]): MockResponse | undefined {
    const wait = limiter.hit(key, rule, Date.now())
    if (wait === undefined) return undefined
    return {
      status: 429,
      headers: { ...JSON_HEADERS, 'retry-after': String(wait) },
      body: errorBody(new HttpError(429, 'RATE_LIMITED', `操作太频繁，请 ${wait} 秒后再试`)),
    }
  }

  function run(req: MockRequest): MockResponse {
    const [rawPath = '', search = ''] = req.path.split('?', 2)
    const client = req.ip ?? 'local'
    // Every request from an address counts, unknown routes too; the test-only reset does not.
    const limitedIp =
      limits && rawPath !== `${API_PREFIX}/__mock/reset` ? overLimit(`ip|${client}`, limits.perIp) : undefined
    if (limitedIp) return limitedIp
    if (!rawPath.startsWith(API_PREFIX)) throw new HttpError(404, 'NOT_FOUND', '接口不存在')
    const method = req.method.toUpperCase()
    const match = matchRoute(method, rawPath.slice(API_PREFIX.length) || '/')
    if (!match) throw new HttpError(404, 'NOT_FOUND', '接口不存在')
    const { route } = match
    if (route.id === 'resetMock' && mode === 'live') throw new HttpError(404, 'NOT_FOUND', '接口不存在')

    const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim()
    const userId = token ? userIdForToken(db, token) : undefined
    const user = userId ? db.users.get(userId) : undefined
    if (limits) {
      // Logins have a stricter budget per address: they are where passwords and codes get guessed.
      const limited =
        route.id === 'loginWechat' || route.id === 'loginDemo'
          ? overLimit(`login|${client}`, limits.login)
          : user
            ? overLimit(`user|${user.id}`, limits.perUser)
            : undefined
      if (limited) return limited
    }
    if (route.roles !== 'anyone') {
      if (!user) throw unauthenticated(token ? '登录已过期，请重新登录' : '请先登录')
      if (!(route.roles as readonly string[]).includes(user.role)) throw forbidden()
    }

    checkBody(route, req.body)

    // Idempotency keys belong to a user: the same key from two users is two different keys.
    const key = 'idempotent' in route && route.idempotent && user ? req.headers['idempotency-key'] : undefined
    if (key) checkKey(key)
    const slot = key && user ? `${user.id}|${key}` : undefined
    const fingerprint = slot ? fingerprintOf(method, req.path, req.body) : ''
    const earlier = slot ? recall(db, slot, now().getTime()) : undefined
    if (earlier) {
      if (earlier.fingerprint !== fingerprint) {
        throw new HttpError(422, 'IDEMPOTENCY_MISMATCH', '同一个请求编号已用于不同的内容，请刷新后重试')
      }
      return signed({ status: earlier.status, headers: earlier.headers, body: detach(earlier.body) })
    }

    // The mock's clock tick: lapsed waitlist offers pass on, and time-based notices (rating invitations,
    // salon reminders) are made once due.
    if (user) expireOffers(db, emit, now())
    if (user) sweepNotices(db, emit, now())
    const response = dispatch(route, match.id, user, search, req.body)
    // Only a completed answer binds the key: after a refusal the user may fix the body and resend.
    if (slot && user && response.status >= 200 && response.status < 300) {
      const { status, headers, body } = response
      remember(db, slot, { fingerprint, userId: user.id, status, headers, body }, now().getTime())
    }
    return signed(response)
  }

  /** File urls are kept unsigned; each answer signs them as it goes out (a replay gets fresh ones). */
  function signed(response: MockResponse): MockResponse {
    const { body } = response
    if (body === null || typeof body !== 'object' || body instanceof Uint8Array) return response
    return { ...response, body: fileUrls.signAll(detach(body), now()) }
  }

  /**
   * What any body must be before a schema or the idempotency fingerprint reads it: not nested past
   * MAX_JSON_DEPTH (checked without recursion), a JSON body within MAX_JSON_BODY_BYTES (the server's
   * parser enforces it on the wire; this holds it in-process too), and an object where the route takes one.
   */
  function checkBody(route: NonNullable<ReturnType<typeof matchRoute>>['route'], body: unknown) {
    if (body === undefined) return
    if (jsonDepthExceeds(body)) throw validationFailed([{ path: '', message: BODY_TOO_DEEP_MESSAGE }])
    const multipart = 'bodyKind' in route && route.bodyKind === 'multipart'
    if (!multipart && utf8(JSON.stringify(body) ?? '').byteLength > MAX_JSON_BODY_BYTES) {
      throw new HttpError(413, 'BODY_TOO_LARGE', BODY_TOO_LARGE_MESSAGE)
    }
    if ('body' in route && !isJsonObjectOrAbsent(body)) {
      throw validationFailed([{ path: '', message: BODY_NOT_OBJECT_MESSAGE }])
    }
  }

  function dispatch(
    route: NonNullable<ReturnType<typeof matchRoute>>['route'],
    id: string,
    user: User | undefined,
    search: string,
    body: unknown,
  ): MockResponse {
    try {
      const params = queryParams(search)
      const query = 'query' in route ? route.query.safeParse(params) : undefined
      if (query && !query.success)
        throw new HttpError(400, 'VALIDATION_FAILED', '查询参数有误', issuesToDetails(query.error.issues))
      const parsedBody = 'body' in route ? route.body.safeParse(body) : undefined
      if (parsedBody && !parsedBody.success) {
        throw new HttpError(
          400,
          'VALIDATION_FAILED',
          '提交的内容有误，请检查后重试',
          issuesToDetails(parsedBody.error.issues),
        )
      }
      const files = { sign: fileUrls.sign, verify: fileUrls.verify, describedUploads }
      const ctx = { db, user, id, body: parsedBody?.data, query: query?.data, now: now(), emit, reset, files }
      const handler = handlers[route.id] as (ctx: unknown) => unknown
      const result = handler(ctx)
      if (result instanceof RawReply) {
        const isJson = !(typeof result.body === 'string' || result.body instanceof Uint8Array)
        return {
          status: result.status,
          headers: { ...(isJson ? JSON_HEADERS : {}), ...result.headers },
          body: isJson ? detach(result.body) : result.body,
        }
      }
      const status = ('successStatus' in route ? route.successStatus : undefined) ?? 200
      const out = detach(result)
      if (options.strict) route.response.parse(out)
      return { status, headers: JSON_HEADERS, body: out }
    } catch (error) {
      if (error instanceof HttpError) return fail(error)
      if (options.strict) throw error
      console.error('[mock] handler crashed', route.id, error)
      return fail(new HttpError(500, 'INTERNAL', '服务器开小差了，请稍后重试'))
    }
  }

  return {
    async handle(req) {
      try {
        const response = run(req)
        if (options.onChange && req.method.toUpperCase() !== 'GET') options.onChange(db)
        return response
      } catch (error) {
        if (error instanceof HttpError) return fail(error)
        console.error('[mock] request failed', req.method, req.path, error)
        return fail(new HttpError(500, 'INTERNAL', '服务器开小差了，请稍后重试'))
      }
    },
    reset,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    userIdForToken: (token) => userIdForToken(db, token),
    inspect: () => db,
  }
}
