import Taro, { usePullDownRefresh } from '@tarojs/taro'

import { toApiError, type ApiError } from '@/api/http/api-error'
import { http } from '@/api/http/http-client'

/**
 * What a failed pull says: the data on screen stays, and the user is told it is not fresh. Offline it
 * fits one line of a toast (9 characters; a longer one wrapped on both targets).
 */
export function refreshFailureText(error: ApiError): string {
  return error.status === 0 ? '无网络，内容未更新' : `刷新失败：${error.message}`
}

/**
 * Runs a reload and reports the first call that failed during it. SWR's mutate() resolves even when
 * its fetch fails (the error goes to the hook's state, the old data stays), so a rejection alone can't
 * tell; calls are watched at the http client, after its retries, so only a final failure counts.
 */
export async function reloadAndCatch(reload: () => Promise<unknown>): Promise<ApiError | undefined> {
  let failure: ApiError | undefined
  const watcher = http.interceptors.response.use(undefined, (error: unknown) => {
    failure ??= toApiError(error)
    throw error
  })
  try {
    await reload()
  } catch (error) {
    failure ??= toApiError(error)
  } finally {
    http.interceptors.response.eject(watcher)
  }
  return failure
}

/**
 * Pull to refresh: reload, fold the spinner away whatever happened, and when the reload failed keep
 * what is on screen and say so (a toast), instead of a silent spinner and an unhandled rejection.
 */
export function usePullRefresh(reload: () => Promise<unknown>): void {
  usePullDownRefresh(() => {
    void reloadAndCatch(reload).then((failure) => {
      Taro.stopPullDownRefresh()
      // A 401 ends the session, and the session wiring says so itself.
      if (failure && failure.status !== 401)
        void Taro.showToast({ title: refreshFailureText(failure), icon: 'none', duration: 2500 })
    })
  })
}
