import { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios'

export const MAX_RETRIES = 3
const BASE_DELAY_MS = 300
const MAX_DELAY_MS = 8000

type RetryableConfig = InternalAxiosRequestConfig & { retryCount?: number }

const SAFE_METHODS = new Set(['get', 'head', 'options', 'put', 'delete'])

/** A call may be repeated only when repeating it cannot do the thing twice. */
export function isRepeatable(config: InternalAxiosRequestConfig): boolean {
  const method = (config.method ?? 'get').toLowerCase()
  return SAFE_METHODS.has(method) || Boolean(config.headers?.get?.('Idempotency-Key'))
}

/** Network errors, timeouts, 5xx and 429 are worth another try; anything else will fail the same way. */
export function isTransient(error: AxiosError): boolean {
  if (error.code === AxiosError.ERR_CANCELED) return false
  const status = error.response?.status
  if (status === undefined) return true
  return status >= 500 || status === 429
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

/** Exponential backoff with full jitter, so many phones coming back at once don't retry in step. */
export function backoffMs(attempt: number, random = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt)
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Installs the retry policy on an axios instance: at most MAX_RETRIES more tries per call. */
export function installRetry(instance: AxiosInstance): void {
  instance.interceptors.response.use(undefined, async (error: unknown) => {
    if (!(error instanceof AxiosError) || !error.config) throw error
    const config = error.config as RetryableConfig
    const attempt = config.retryCount ?? 0
    if (attempt >= MAX_RETRIES || !isRepeatable(config) || !isTransient(error)) throw error
    config.retryCount = attempt + 1
    await sleep(Math.min(MAX_DELAY_MS, retryAfterMs(error) ?? backoffMs(attempt)))
    return instance.request(config)
  })
}
