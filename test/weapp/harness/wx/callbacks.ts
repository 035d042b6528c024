// How WeChat answers an asynchronous API: never during the call, always in a later macrotask, success
// or fail then complete, each with an `errMsg` of the form '<api>:ok' / '<api>:fail <reason>'. When
// the caller passes none of success/fail/complete and the API is one WeChat promisifies, the answer is
// a Promise instead. Shared by storage, network and the stubs.
import { getApi, loadCatalog } from './catalog'

export interface WxFail {
  errMsg: string
  errno?: number
}

export type Outcome<T extends object> = { ok: true; result: T } | { ok: false; error: WxFail }

export interface CallbackOptions {
  success?: unknown
  fail?: unknown
  complete?: unknown
}

/**
 * When answers run and where errors thrown by the app's callbacks go. The default is WeChat's: a
 * later macrotask, and a throwing callback becomes an uncaught error (WeChat's thirdScriptError) without
 * stopping `complete`. The harness passes its own to count pending work and collect errors.
 */
export interface Scheduler {
  schedule(fn: () => void): void
  reportError(error: unknown): void
}

export const defaultScheduler: Scheduler = {
  schedule: (fn) => void setTimeout(fn, 0),
  reportError: (error) =>
    void setTimeout(() => {
      throw error
    }, 0),
}

export function hasCallbacks(options: unknown): boolean {
  if (!options || typeof options !== 'object') return false
  const o = options as CallbackOptions
  return [o.success, o.fail, o.complete].some((f) => typeof f === 'function')
}

/** Whether WeChat returns a Promise from `api` when no callback is given (from the typings). */
export function promisifies(api: string): boolean {
  return getApi(loadCatalog(), api)?.promisify ?? false
}

/**
 * Answer `options` with `outcome` in a later macrotask. Returns a Promise only when the API is
 * promisified and no callback was passed; otherwise undefined (what WeChat returns then).
 * `outcome` may be a function so that the work itself also happens after the call returns.
 */
export function answer<T extends object>(
  api: string,
  options: unknown,
  outcome: Outcome<T> | (() => Outcome<T>),
  scheduler: Scheduler = defaultScheduler,
): Promise<T & { errMsg: string }> | undefined {
  const settle = () => (typeof outcome === 'function' ? outcome() : outcome)
  if (!hasCallbacks(options) && promisifies(api)) {
    return new Promise((resolve, reject) => {
      scheduler.schedule(() => {
        const o = settle()
        if (o.ok) resolve({ ...o.result, errMsg: `${api}:ok` })
        else reject({ ...o.error })
      })
    })
  }
  scheduler.schedule(() => {
    const o = settle()
    deliver(options, o.ok ? { ...o.result, errMsg: `${api}:ok` } : { ...o.error }, o.ok, scheduler)
  })
  return undefined
}

/** Call success|fail then complete on `options` now (the caller has already gone async). */
export function deliver(
  options: unknown,
  payload: object,
  ok: boolean,
  scheduler: Scheduler = defaultScheduler,
): void {
  if (!options || typeof options !== 'object') return
  const o = options as CallbackOptions
  // Each callback gets its own copy: an app that mutates the result in success must not change complete's.
  for (const callback of [ok ? o.success : o.fail, o.complete]) {
    if (typeof callback !== 'function') continue
    try {
      callback.call(options, { ...payload })
    } catch (error) {
      scheduler.reportError(error)
    }
  }
}

/** '<api>:fail <reason>' as WeChat words it. */
export function failure(api: string, reason: string, errno?: number): WxFail {
  const error: WxFail = { errMsg: reason ? `${api}:fail ${reason}` : `${api}:fail` }
  if (errno !== undefined) error.errno = errno
  return error
}

/** WeChat's wording for a wrongly typed argument, e.g. 'parameter.key should be String instead of Number;'. */
export function parameterError(name: string, expected: string, value: unknown): string {
  return `parameter error: parameter.${name} should be ${expected} instead of ${typeName(value)};`
}

function typeName(value: unknown): string {
  if (value === null) return 'Null'
  if (value === undefined) return 'Undefined'
  return Object.prototype.toString.call(value).slice(8, -1)
}
