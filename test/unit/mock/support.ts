import { createBackend, type MockEvent, type MockResponse } from '../../../mock/backend'

/** Wednesday 5 March 2025, 10:00 in Beijing: the seed clock of these tests. */
export const SEED_NOW = new Date('2025-03-05T10:00:00+08:00')

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export interface Client {
  get(path: string): Promise<MockResponse & { body: Json }>
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<MockResponse & { body: Json }>
  put(path: string, body?: unknown): Promise<MockResponse & { body: Json }>
}

/** A backend on a settable clock, in strict mode (every 2xx answer is checked against its schema). */
export function setup(start: Date = SEED_NOW) {
  let current = start
  const backend = createBackend({ now: () => current, strict: true, mode: 'test' })
  const events: { userId: string; event: MockEvent }[] = []
  backend.subscribe((userId, event) => events.push({ userId, event }))

  const call = (token: string | undefined, method: string, path: string, body?: unknown, headers = {}) =>
    backend.handle({
      method,
      path: `/api/v1${path}`,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    }) as Promise<MockResponse & { body: Json }>

  const as = (userId: string): Client => {
    const token = `demo-${userId}`
    return {
      get: (path) => call(token, 'GET', path),
      post: (path, body, headers) => call(token, 'POST', path, body, headers),
      put: (path, body) => call(token, 'PUT', path, body),
    }
  }

  return {
    backend,
    events,
    call,
    as,
    clock: {
      now: () => current,
      set: (date: Date) => {
        current = date
      },
    },
  }
}

export const BANK_ACCOUNT_FIELDS = {
  bankName: '重庆银行',
  accountType: '基本存款账户',
  preferredDate: '2025-03-10',
  contactName: '程飞',
  contactPhone: '13800000000',
}
