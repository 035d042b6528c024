import vm from 'node:vm'

import type { Recorder } from './recorder'
import { TimerHub } from './timers'

/**
 * The names WeChat's `define(path, factory)` passes to every file as undefined parameters, so that code
 * written for the web finds no `window`/`document` even by accident (WeChat's own wrapper does the same).
 */
export const SHADOWED_GLOBALS = [
  'window',
  'document',
  'frames',
  'self',
  'location',
  'navigator',
  'localStorage',
  'history',
  'Caches',
  'screen',
  'alert',
  'confirm',
  'prompt',
  'XMLHttpRequest',
  'WebSocket',
  'Reporter',
  'webkit',
  'WeixinJSCore',
] as const

/** What the vm context gains on top of the ES built-ins: only what WeChat's logic layer has. */
export interface LogicGlobals {
  wx: object
  App: (options: Record<string, unknown>) => void
  Page: (options: Record<string, unknown>) => void
  Component: (options: Record<string, unknown>) => void
  Behavior: (options: Record<string, unknown>) => unknown
  getApp: () => unknown
  getCurrentPages: () => unknown[]
  __wxConfig: Record<string, unknown>
}

export interface LogicLayer {
  context: vm.Context
  /** The context's own globalThis (what `new Function('return this')()` gives in WeChat). */
  global: Record<string, unknown>
  timers: TimerHub
  /** Compiles a file of the build the way WeChat's `define` wraps it; returns the factory. */
  compile(code: string, filename: string): (...args: unknown[]) => void
}

export function createLogicLayer(
  globals: LogicGlobals,
  recorder: Recorder,
  onError: (error: unknown) => void,
): LogicLayer {
  const timers = new TimerHub(recorder, onError)
  const sandbox: Record<string, unknown> = {}
  // strings: false makes eval() and new Function(code) throw EvalError, as WeChat forbids both.
  const context = vm.createContext(sandbox, {
    name: 'weapp logic layer',
    codeGeneration: { strings: false, wasm: false },
  })
  const global = vm.runInContext('globalThis', context) as Record<string, unknown>

  // WeChat allows exactly one dynamic form, `new Function('return this')` (bundlers use it to find the
  // global object); every other string compiles nowhere.
  const NativeFunction = global.Function as FunctionConstructor
  const allowedBody = /^\s*return this;?\s*$/
  const getGlobal = vm.runInContext('(function () { return this })', context) as () => unknown
  global.Function = new Proxy(NativeFunction, {
    construct(target, args: unknown[]) {
      if (args.length === 1 && allowedBody.test(String(args[0]))) return getGlobal
      return Reflect.construct(target, args)
    },
    apply(target, thisArg, args: unknown[]) {
      if (args.length === 1 && allowedBody.test(String(args[0]))) return getGlobal
      return Reflect.apply(target, thisArg, args)
    },
  })
  // WeChat offers WXWebAssembly, not WebAssembly.
  delete global.WebAssembly

  const consoleProxy: Record<string, (...args: unknown[]) => void> = {}
  for (const level of [
    'log',
    'info',
    'warn',
    'error',
    'debug',
    'group',
    'groupEnd',
    'time',
    'timeEnd',
    'table',
  ])
    consoleProxy[level] = (...args: unknown[]) => recorder.log(level, args)

  Object.assign(global, {
    console: consoleProxy,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    setInterval: timers.setInterval,
    clearInterval: timers.clearInterval,
    // A plain, writable object: WeChat's `global` is not the global scope (and not Node's `global`).
    global: {},
    ...globals,
  })

  const wrapperHead = `(function (require, module, exports, ${SHADOWED_GLOBALS.join(', ')}) {`
  return {
    context,
    global,
    timers,
    compile(code, filename) {
      const script = new vm.Script(`${wrapperHead}${code}\n})`, { filename })
      return script.runInContext(context) as (...args: unknown[]) => void
    },
  }
}
