import { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios'

const BASE_DELAY_MS = 300
const MAX_DELAY_MS = 8000

/**
 * The client's one retry policy: every call that may be repeated is tried at most 1 + maxRetries
 * times, `delayMs(n)` apart, whether it goes through axios or Taro.uploadFile. Nothing above the
 * client retries on its own; a test that can't wait for real backoff sets `delayMs` (and puts it back).
 */
export const retryPolicy = {
  maxRetries: 3,
  delayMs: (attempt: number): number => backoffMs(attempt),
}

type RetryableConfig = InternalAxiosRequestConfig & { retryCount?: number }

const SAFE_METHODS = new Set(['get', 'head', 'options', 'put', 'delete'])

/** A call may be repeated only when repeating it cannot do the thing twice. */
export function isRepeatable(config: InternalAxiosRequestConfig): boolean {
  const method = (config.method ?? 'get').toLowerCase()
  return SAFE_METHODS.has(method) || Boolean(config.headers?.get?.('Idempotency-Key'))
}

/** No answer at all (0), the server's own trouble, or "too many": worth another try. */
export function isTransientStatus(status: number): boolean {
  return status === 0 || status >= 500 || status === 429
}

/** Network errors, timeouts, 5xx and 429 are worth another try; anything else will fail the same way. */
export function isTransient(error: AxiosError): boolean {
  if (error.code === AxiosError.ERR_CANCELED) return false
  return isTransientStatus(error.response?.status ?? 0)
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(error: AxiosError, now = Date.now()): number | undefined {
  const value = error.response?.headers?.['retry-after'] as string | undefined
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/**
 * Exponential backoff with "equal jitter": half the ceiling fixed, the other half random. Never
 * shorter than half the step (unlike full jitter, which may retry at once), and still spread out so
 * many phones coming back at once don't retry in step.
 */
export function backoffMs(attempt: number, random = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt)
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Installs the retry policy on an axios instance: at most `retryPolicy.maxRetries` more tries per call. */
export function installRetry(instance: AxiosInstance): void {
  instance.interceptors.response.use(undefined, async (error: unknown) => {
    if (!(error instanceof AxiosError) || !error.config) throw error
    const config = error.config as RetryableConfig
    const attempt = config.retryCount ?? 0
    if (attempt >= retryPolicy.maxRetries || !isRepeatable(config) || !isTransient(error)) throw error
    config.retryCount = attempt + 1
    await sleep(Math.min(MAX_DELAY_MS, retryAfterMs(error) ?? retryPolicy.delayMs(attempt)))
    return instance.request(config)
  })
}

/**
 * The same policy for a call outside axios (Taro.uploadFile): `run` again while it fails with a
 * transient status. The caller keeps whatever makes a repeat safe (its Idempotency-Key) across tries.
 */
export async function withRetry<T>(run: () => Promise<T>, statusOf: (error: unknown) => number): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await run()
    } catch (error) {
      if (attempt >= retryPolicy.maxRetries || !isTransientStatus(statusOf(error))) throw error
      await sleep(retryPolicy.delayMs(attempt))
    }
  }
}
