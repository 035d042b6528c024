import { AxiosError, type InternalAxiosRequestConfig } from 'axios'

import { ApiError } from '@/api/http/api-error'
import { http } from '@/api/http/http-client'
import { retryPolicy } from '@/api/http/retry'
import { refreshFailureText, reloadAndCatch } from '@/components/use-pull-refresh'

/** A GET that never gets an answer, as offline: the adapter fails the way the browser's does. */
const offlineGet = () =>
  http.get('/me', {
    adapter: (config: InternalAxiosRequestConfig) =>
      Promise.reject(new AxiosError('Network Error', AxiosError.ERR_NETWORK, config)),
  })

describe('reloadAndCatch (pull to refresh)', () => {
  const delayMs = retryPolicy.delayMs
  beforeEach(() => {
    retryPolicy.delayMs = () => 0
  })
  afterEach(() => {
    retryPolicy.delayMs = delayMs
  })

  it('sees a failed call even when the reload swallows it, as SWR mutate() does', async () => {
    const failure = await reloadAndCatch(() => offlineGet().catch(() => undefined))
    expect(failure).toBeInstanceOf(ApiError)
    expect(failure?.status).toBe(0)
    expect(refreshFailureText(failure!)).toBe('无网络，内容未更新')
  })

  it('catches a reload that rejects, so nothing is left unhandled', async () => {
    const failure = await reloadAndCatch(() => offlineGet())
    expect(failure?.status).toBe(0)
  })

  it('reports nothing when the reload worked, and stops watching once it is over', async () => {
    const answered = () =>
      http.get('/me', {
        adapter: (config: InternalAxiosRequestConfig) =>
          Promise.resolve({ data: {}, status: 200, statusText: 'OK', headers: {}, config }),
      })
    expect(await reloadAndCatch(answered)).toBeUndefined()
    // A failure after the pull is no longer the pull's: the watcher is gone.
    const before = (http.interceptors.response as unknown as { handlers: unknown[] }).handlers.filter(Boolean)
    await reloadAndCatch(() => Promise.resolve())
    const after = (http.interceptors.response as unknown as { handlers: unknown[] }).handlers.filter(Boolean)
    expect(after).toHaveLength(before.length)
  })

  it('words a server failure with its own message', () => {
    expect(refreshFailureText(new ApiError('HTTP_503', 503, '服务暂时不可用，请稍后重试'))).toBe(
      '刷新失败：服务暂时不可用，请稍后重试',
    )
  })
})
