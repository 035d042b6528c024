/**
 * The only variables that reach the bundle. Taro inlines `process.env.X` for keys of `env`, so every
 * TARO_APP_* the app reads is listed here with its default; an unlisted one is undefined in the app.
 */
export const appEnvDefaults = {
  /** `mock`: the in-process mock backend; `remote`: HTTP to TARO_APP_API_BASE_URL. */
  TARO_APP_API_MODE: 'mock',
  /** Origin of the backend in remote mode, e.g. http://127.0.0.1:9527 (empty: same origin, H5 proxy). */
  TARO_APP_API_BASE_URL: '',
  /** In-process mock only: added latency per request, in ms. */
  TARO_APP_MOCK_LATENCY_MS: '0',
  /** In-process mock only: share of requests (0–1) that fail with a network error, to see retries. */
  TARO_APP_MOCK_FAIL_RATE: '0',
  /**
   * WeChat subscription-message template ids (公众平台 → 订阅消息 → 我的模板), one per topic the app asks
   * for; empty: that topic is never asked. The defaults are demo ids for the mock world: a real
   * deployment sets the ids WeChat issued, and its backend sends with them (subscribeMessage.send).
   */
  TARO_APP_SUBSCRIBE_PROGRESS_TEMPLATE: 'qfgj-demo-request-progress',
  TARO_APP_SUBSCRIBE_REMINDER_TEMPLATE: 'qfgj-demo-salon-reminder',
  TARO_APP_SUBSCRIBE_WAITLIST_TEMPLATE: 'qfgj-demo-waitlist-promoted',
  /** Site of the H5 twin, for links on share posters (empty: H5's own page; WeChat: the backend's origin). */
  TARO_APP_SHARE_BASE_URL: '',
} as const

export type AppEnvKey = keyof typeof appEnvDefaults

export function appEnv(): Record<AppEnvKey, string> {
  const env = {} as Record<AppEnvKey, string>
  for (const key of Object.keys(appEnvDefaults) as AppEnvKey[]) {
    env[key] = JSON.stringify(process.env[key] ?? appEnvDefaults[key])
  }
  return env
}
