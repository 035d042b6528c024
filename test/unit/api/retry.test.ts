import axios, {
  AxiosError,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios'

import { backoffMs, installRetry, retryAfterMs, withRetry } from '@/api/http/retry'

/** An adapter that answers from a script: a status number, or 'net' for a lost connection. */
function scriptedClient(script: (number | 'net')[]) {
  const calls: InternalAxiosRequestConfig[] = []
  const adapter: AxiosAdapter = async (config) => {
    calls.push(config)
    const step = script[Math.min(calls.length - 1, script.length - 1)]
    if (step === 'net') throw new AxiosError('down', AxiosError.ERR_NETWORK, config)
    const response = {
      status: step,
      data: {},
      headers: step === 429 ? { 'retry-after': '2' } : {},
      config,
    } as AxiosResponse
    if (step! >= 400) throw new AxiosError('bad', AxiosError.ERR_BAD_RESPONSE, config, undefined, response)
    return response
  }
  const client = axios.create({ adapter })
  installRetry(client)
  return { client, calls }
}

/** Runs a call while advancing fake timers, recording the sleeps between attempts. */
async function settle<T>(promise: Promise<T>): Promise<T | unknown> {
  let outcome: { value?: T; error?: unknown } | undefined
  promise.then(
    (value) => (outcome = { value }),
    (error: unknown) => (outcome = { error }),
  )
  while (!outcome) await jest.advanceTimersByTimeAsync(100)
  return outcome.error ?? outcome.value
}

describe('retry policy', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('retries a GET on network errors and 5xx, then succeeds', async () => {
    const { client, calls } = scriptedClient(['net', 503, 200])
    const result = (await settle(client.get('/me'))) as AxiosResponse
    expect(result.status).toBe(200)
    expect(calls).toHaveLength(3)
  })

  it('gives up after 3 retries (4 attempts in all)', async () => {
    const { client, calls } = scriptedClient(['net'])
    const error = await settle(client.get('/me'))
    expect(error).toBeInstanceOf(AxiosError)
    expect(calls).toHaveLength(4)
  })

  it('does not retry a POST without an Idempotency-Key, nor a 4xx', async () => {
    const post = scriptedClient(['net', 200])
    await settle(post.client.post('/service-requests/1/actions', { action: 'accept' }))
    expect(post.calls).toHaveLength(1)

    const notFound = scriptedClient([404, 200])
    await settle(notFound.client.get('/salons/x'))
    expect(notFound.calls).toHaveLength(1)
  })

  it('retries a create that carries an Idempotency-Key, with the same key', async () => {
    const { client, calls } = scriptedClient([502, 201])
    await settle(client.post('/service-requests', {}, { headers: { 'Idempotency-Key': 'k1' } }))
    expect(calls.map((c) => c.headers.get('Idempotency-Key'))).toEqual(['k1', 'k1'])
  })

  it('waits as long as Retry-After says on a 429', async () => {
    const { client, calls } = scriptedClient([429, 200])
    const pending = client.get('/salons')
    await jest.advanceTimersByTimeAsync(1900)
    expect(calls).toHaveLength(1)
    await jest.advanceTimersByTimeAsync(200)
    expect(calls).toHaveLength(2)
    await expect(pending).resolves.toMatchObject({ status: 200 })
  })
})

describe('withRetry (calls outside axios: Taro.uploadFile)', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('runs the same call again on a transient status, 4 tries at most', async () => {
    const run = jest.fn().mockRejectedValue({ status: 0 })
    const error = await settle(withRetry(run, (e) => (e as { status: number }).status))
    expect(error).toEqual({ status: 0 })
    expect(run).toHaveBeenCalledTimes(4)
  })

  it('stops at a 4xx and returns the first success', async () => {
    const refused = jest.fn().mockRejectedValue({ status: 413 })
    await settle(withRetry(refused, (e) => (e as { status: number }).status))
    expect(refused).toHaveBeenCalledTimes(1)

    const flaky = jest.fn().mockRejectedValueOnce({ status: 503 }).mockResolvedValueOnce('ok')
    expect(await settle(withRetry(flaky, (e) => (e as { status: number }).status))).toBe('ok')
    expect(flaky).toHaveBeenCalledTimes(2)
  })
})

describe('backoff', () => {
  it('doubles with each attempt, equal jitter (within the upper half), capped at 8 s', () => {
    expect(backoffMs(0, () => 0)).toBe(150)
    expect(backoffMs(0, () => 1)).toBe(300)
    expect(backoffMs(2, () => 0.5)).toBe(900)
    expect(backoffMs(10, () => 1)).toBe(8000)
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const withHeader = (value: string) =>
      new AxiosError('x', 'E', undefined, undefined, {
        headers: { 'retry-after': value },
      } as unknown as AxiosResponse)
    expect(retryAfterMs(withHeader('3'))).toBe(3000)
    const now = Date.parse('2026-11-27T00:00:00Z')
    expect(retryAfterMs(withHeader('Fri, 27 Nov 2026 00:00:05 GMT'), now)).toBe(5000)
    expect(retryAfterMs(withHeader('soon'))).toBeUndefined()
  })
})
