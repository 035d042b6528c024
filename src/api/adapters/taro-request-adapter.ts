import Taro from '@tarojs/taro'
import axios, { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios'

// wx.request's methods; PATCH is not one of them.
type TaroMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'OPTIONS'

/**
 * axios over Taro.request: WeChat has no XMLHttpRequest or fetch, so this is axios's only way out
 * there (H5 uses it too, so both targets run the same path). axios has already serialised the body
 * and will parse the answer; this only moves bytes and maps failures to axios's own error codes.
 */
export const taroRequestAdapter: AxiosAdapter = (config) =>
  new Promise<AxiosResponse>((resolve, reject) => {
    const headers = AxiosHeaders.from(config.headers).toJSON(true) as Record<string, string>
    const task = Taro.request({
      url: axios.getUri(config),
      method: (config.method ?? 'get').toUpperCase() as TaroMethod,
      data: config.data,
      header: headers,
      timeout: config.timeout || undefined,
      dataType: '其他',
      responseType: 'text',
      success: (result) => {
        const response: AxiosResponse = {
          data: result.data,
          status: result.statusCode,
          statusText: String(result.statusCode),
          headers: AxiosHeaders.from(normaliseHeaders(result.header)),
          config,
          request: task,
        }
        const validate = config.validateStatus
        if (!validate || validate(response.status)) resolve(response)
        else
          reject(
            new AxiosError(`状态码 ${response.status}`, AxiosError.ERR_BAD_RESPONSE, config, task, response),
          )
      },
      fail: (result) => {
        const message = result?.errMsg ?? 'request:fail'
        const code = /timeout|超时/i.test(message) ? AxiosError.ECONNABORTED : AxiosError.ERR_NETWORK
        reject(new AxiosError(message, code, config, task))
      },
    })
    // Taro's task is also a promise that rejects on failure; `fail` above has reported it, so this
    // only keeps the rejection from surfacing as an unhandled one (offline: "Failed to fetch").
    task?.catch?.(() => undefined)
    config.signal?.addEventListener?.('abort', () => {
      task?.abort?.()
      reject(new AxiosError('canceled', AxiosError.ERR_CANCELED, config, task))
    })
  })

/** Taro hands back header names as the server sent them; axios expects them lower-case. */
function normaliseHeaders(header: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (header && typeof header === 'object') {
    for (const [key, value] of Object.entries(header as Record<string, unknown>))
      out[key.toLowerCase()] = String(value)
  }
  return out
}
