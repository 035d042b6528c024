// The rest of `wx`: every API WeChat documents that the harness does not implement is still present
// (so feature checks such as `if (wx.getUpdateManager)` see what a phone has), but a call is recorded
// and fails the way WeChat fails, never answering as if it had worked. And every implemented API is
// wrapped to check its arguments against the documentation first, recording misuse.
import { answer, defaultScheduler, failure, type Scheduler } from './callbacks'
import type { WxCatalog } from './catalog'
import { checkCall } from './validate'

type Fn = (...args: unknown[]) => unknown

export interface UnimplementedCall {
  api: string
  args: unknown[]
}

export interface Misuse {
  api: string
  args: unknown[]
  problems: string[]
}

export interface StubOptions {
  scheduler?: Scheduler
  /** Builds what a synchronous stub throws; the harness passes one making an Error of the app's realm. */
  makeError?: (errMsg: string) => unknown
}

export const NOT_IMPLEMENTED = 'not implemented in the test harness'

/**
 * Give `target` every documented name it lacks. Callback-style APIs fail through fail/complete (or
 * reject when WeChat would return a Promise); synchronous ones (Sync, onX/offX, createX, canIUse…)
 * throw; the few object properties (cloud, router, worklet…) record and throw on any member used.
 * Returns the names it filled.
 */
export function fillUnimplemented(
  target: Record<string, unknown>,
  catalog: WxCatalog,
  record: (call: UnimplementedCall) => void,
  options: StubOptions = {},
): string[] {
  const scheduler = options.scheduler ?? defaultScheduler
  const makeError = options.makeError ?? ((errMsg: string) => Object.assign(new Error(errMsg), { errMsg }))
  const filled: string[] = []
  for (const name of catalog.names) {
    if (Object.prototype.hasOwnProperty.call(target, name)) continue
    const spec = catalog.apis[name]!
    filled.push(name)
    if (spec.kind === 'property') {
      target[name] = propertyStub(name, record, makeError)
      continue
    }
    target[name] = spec.callbacks
      ? function unimplemented(...args: unknown[]) {
          record({ api: name, args })
          return answer(name, args[0], { ok: false, error: failure(name, NOT_IMPLEMENTED) }, scheduler)
        }
      : function unimplemented(...args: unknown[]) {
          record({ api: name, args })
          throw makeError(failure(name, NOT_IMPLEMENTED).errMsg)
        }
  }
  return filled
}

/** A stand-in object: reading it is harmless (Taro copies wx's members at start-up); using a member is recorded. */
function propertyStub(
  name: string,
  record: (call: UnimplementedCall) => void,
  makeError: (errMsg: string) => unknown,
): object {
  return new Proxy(
    {},
    {
      get(_target, key) {
        // Symbols and 'then' are probes by the language (await, inspection), not uses by the app.
        if (typeof key !== 'string' || key === 'then') return undefined
        const api = `${name}.${key}`
        return function unimplemented(...args: unknown[]) {
          record({ api, args })
          throw makeError(failure(api, NOT_IMPLEMENTED).errMsg)
        }
      },
    },
  )
}

const wrapped = new WeakSet<Fn>()

/**
 * Wrap each function on `target` so that its arguments are checked against the documentation
 * (checkCall) before it runs; problems go to `onMisuse` and the call still goes ahead, as on a phone.
 * Idempotent: a function wrapped once is not wrapped again.
 */
export function wrapWithValidation(
  target: Record<string, unknown>,
  catalog: WxCatalog,
  onMisuse: (misuse: Misuse) => void,
): Record<string, unknown> {
  for (const name of Object.keys(target)) {
    const original = target[name]
    if (typeof original !== 'function' || wrapped.has(original as Fn)) continue
    const checked = function (this: unknown, ...args: unknown[]) {
      const problems = checkCall(name, args, catalog)
      if (problems.length) onMisuse({ api: name, args, problems })
      return (original as Fn).apply(this, args)
    }
    wrapped.add(checked)
    target[name] = checked
  }
  return target
}
