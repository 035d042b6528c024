import axios, {
  AxiosError,
  AxiosHeaders,
  CanceledError,
  type AxiosAdapter,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios'

import { API_PREFIX } from '../contract/api-prefix'

// http-client requires this module only in mock mode; mock-backend(.weapp).ts is where mock/ comes in.
import { getMockBackend, loadMockBackend, type MockEvent } from './mock-backend'

export { getMockBackend }

/**
 * Literal `process.env.TARO_APP_*` reads, so Taro's build can inline them; the try covers a runtime
 * where `process` doesn't exist at all (WeChat).
 */
function latencyMs(): number {
  try {
    return Math.max(0, Number(process.env.TARO_APP_MOCK_LATENCY_MS ?? 0) || 0)
  } catch {
    return 0
  }
}

function failRate(): number {
  try {
    return Math.min(1, Math.max(0, Number(process.env.TARO_APP_MOCK_FAIL_RATE ?? 0) || 0))
  } catch {
    return 0
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function mockPath(config: InternalAxiosRequestConfig): string {
  const uri = axios.getUri(config)
  const at = uri.indexOf(API_PREFIX)
  if (at >= 0) return uri.slice(at)
  const relative = uri.replace(/^[a-z]+:\/\/[^/]+/i, '')
  return `${API_PREFIX}${relative.startsWith('/') ? '' : '/'}${relative}`
}

function lowerCaseHeaders(config: InternalAxiosRequestConfig): Record<string, string | undefined> {
  const json = AxiosHeaders.from(config.headers).toJSON(true) as Record<string, unknown>
  return Object.fromEntries(
    Object.entries(json).map(([k, v]) => [k.toLowerCase(), v == null ? undefined : String(v)]),
  )
}

/** axios has already serialised JSON; uploads arrive as FormData (H5) or as the backend's own shape. */
async function mockBody(data: unknown): Promise<unknown> {
  if (data === undefined || data === null || data === '') return undefined
  if (typeof data === 'string') {
    try {
      return JSON.parse(data)
    } catch {
      return data // not JSON: the route's schema rejects it with VALIDATION_FAILED
    }
  }
  if (typeof FormData !== 'undefined' && data instanceof FormData) {
    const file = data.get('file')
    if (!file || typeof file === 'string') return { file: undefined }
    const bytes =
      typeof file.arrayBuffer === 'function' ? new Uint8Array(await file.arrayBuffer()) : undefined
    const name = 'name' in file && typeof file.name === 'string' ? file.name : 'upload'
    return { file: { name, size: file.size, mime: file.type, ...(bytes ? { data: bytes } : {}) } }
  }
  return data
}

const networkError = (config: InternalAxiosRequestConfig) =>
  new AxiosError('Network Error', AxiosError.ERR_NETWORK, config, {})

/**
 * axios → the mock backend, in-process. TARO_APP_MOCK_LATENCY_MS delays every answer;
 * TARO_APP_MOCK_FAIL_RATE (0..1) turns that share of calls into ERR_NETWORK, half of them after the
 * backend already acted (the answer was "lost"), which is what idempotency keys are for.
 */
export const mockAdapter: AxiosAdapter = async (config) => {
  if (config.signal?.aborted) throw new CanceledError(undefined, undefined, config)
  const latency = latencyMs()
  const failing = Math.random() < failRate()
  const loseAnswer = failing && Math.random() < 0.5
  if (latency) await sleep(latency)
  if (failing && !loseAnswer) throw networkError(config)
  const backend = await loadMockBackend()
  const result = await backend.handle({
    method: (config.method ?? 'get').toUpperCase(),
    path: mockPath(config),
    headers: lowerCaseHeaders(config),
    body: await mockBody(config.data),
  })
  if (loseAnswer) throw networkError(config)
  const response: AxiosResponse = {
    data: result.body,
    status: result.status,
    statusText: String(result.status),
    headers: AxiosHeaders.from(result.headers ?? {}),
    config,
    request: {},
  }
  const validate = config.validateStatus
  if (!validate || validate(result.status)) return response
  const code = result.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST
  throw new AxiosError(`Request failed with status code ${result.status}`, code, config, {}, response)
}

/** What the server would push over the WebSocket to the holder of `token`. */
export async function subscribeMockEvents(
  token: string,
  listener: (event: MockEvent) => void,
): Promise<() => void> {
  const mock = await loadMockBackend()
  return mock.subscribe((userId, event) => {
    if (userId === mock.userIdForToken(token)) listener(event)
  })
}
