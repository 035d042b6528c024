import axios, { type AxiosAdapter, type InternalAxiosRequestConfig } from 'axios'

import { taroRequestAdapter } from '../adapters/taro-request-adapter'
import { API_PREFIX } from '../contract/api-prefix'

import { toApiError, type ApiError } from './api-error'
import { installRetry } from './retry'

export const REQUEST_TIMEOUT_MS = 15_000

interface ClientHooks {
  getToken: () => string | undefined
  /** A 401 on a call made with a token: the session is over. */
  onUnauthorized: (error: ApiError) => void
}

/** The session store plugs itself in here (api/ must not import stores/). */
const hooks: ClientHooks = { getToken: () => undefined, onUnauthorized: () => undefined }

export function configureApiClient(next: Partial<ClientHooks>): void {
  Object.assign(hooks, next)
}

export const isMockMode = process.env.TARO_APP_API_MODE !== 'remote'

/**
 * In mock mode the backend runs in-process behind an axios adapter. The condition is a constant at
 * build time, so a remote build drops the require and never bundles mock/.
 */
function pickAdapter(): AxiosAdapter {
  if (process.env.TARO_APP_API_MODE !== 'remote') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('../adapters/mock-adapter') as typeof import('../adapters/mock-adapter')).mockAdapter
  }
  return taroRequestAdapter
}

export function apiOrigin(): string {
  return isMockMode ? '' : (process.env.TARO_APP_API_BASE_URL ?? '').replace(/\/$/, '')
}

/** For transports outside axios (Taro.uploadFile): the same bearer token the interceptor adds. */
export function authorizationHeader(): Record<string, string> {
  const token = hooks.getToken()
  return token ? { Authorization: `Bearer ${token}` } : {}
}

export const http = axios.create({
  baseURL: `${apiOrigin()}${API_PREFIX}`,
  timeout: REQUEST_TIMEOUT_MS,
  adapter: pickAdapter(),
  headers: { Accept: 'application/json' },
})

http.interceptors.request.use((config: InternalAxiosRequestConfig) => {
  const token = hooks.getToken()
  if (token && !config.headers.has('Authorization')) config.headers.set('Authorization', `Bearer ${token}`)
  return config
})

// Retries run first, so only the final failure reaches the mapping below.
installRetry(http)

http.interceptors.response.use(undefined, (error: unknown) => {
  const apiError = toApiError(error)
  const sentToken = (error as { config?: InternalAxiosRequestConfig })?.config?.headers?.has?.(
    'Authorization',
  )
  if (apiError.status === 401 && sentToken) hooks.onUnauthorized(apiError)
  throw apiError
})
