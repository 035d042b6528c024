// wx storage with WeChat's semantics, in memory: one instance is one user's storage of one
// mini-program. What a phone does and a browser's localStorage does not:
// - getStorageSync of a missing key returns '' (not null); async getStorage fails 'data not found';
// - a value keeps its type (a number stays a number, an object comes back as an object), and what is
//   stored is a serialised copy: mutating the object after setStorageSync changes nothing stored;
// - 1 MB a key and 10 MB in all, counted in UTF-8 bytes of the serialised value (what WeChat's native
//   storage measures); over a limit the sync API throws and the async one fails, and nothing is stored.
// Error texts are WeChat's: 'exceed storage item max length', 'exceed storage max size 10Mb'.
import { answer, defaultScheduler, failure, parameterError, type Scheduler, type WxFail } from './callbacks'

export const ITEM_LIMIT_BYTES = 1024 * 1024
export const TOTAL_LIMIT_BYTES = 10 * 1024 * 1024

interface Entry {
  /** 'json' values are JSON text; Date keeps its type as WeChat documents (stored as epoch ms). */
  type: 'json' | 'date' | 'undefined'
  text: string
  bytes: number
}

export interface StorageOptions {
  scheduler?: Scheduler
  /** Builds what a sync API throws; the harness passes one that makes an Error of the app's realm. */
  makeError?: (errMsg: string) => unknown
  /** Contents to start with (e.g. a saved session), stored as if set with setStorageSync. */
  initial?: Record<string, unknown>
}

export interface WxStorageApis {
  setStorageSync(key: unknown, data: unknown): void
  getStorageSync(key: unknown): unknown
  removeStorageSync(key: unknown): void
  clearStorageSync(): void
  getStorageInfoSync(): { keys: string[]; currentSize: number; limitSize: number }
  setStorage(options: unknown): Promise<unknown> | undefined
  getStorage(options: unknown): Promise<unknown> | undefined
  removeStorage(options: unknown): Promise<unknown> | undefined
  clearStorage(options?: unknown): Promise<unknown> | undefined
  getStorageInfo(options?: unknown): Promise<unknown> | undefined
}

export interface WxStorage {
  /** Exactly the wx API functions, to be put on the harness's `wx`. */
  apis: WxStorageApis
  /** Every key with its value as getStorageSync would return it (a fresh copy). */
  dump(): Record<string, unknown>
  /** Bytes in use, as counted against the 10 MB. */
  usedBytes(): number
}

type Result<T> = { ok: true; value: T } | { ok: false; reason: string }

export function createStorage(options: StorageOptions = {}): WxStorage {
  const scheduler = options.scheduler ?? defaultScheduler
  const makeError = options.makeError ?? defaultError
  const entries = new Map<string, Entry>()

  const used = () => [...entries.values()].reduce((sum, e) => sum + e.bytes, 0)

  /** Serialise now (so later mutation does not leak in) and check the limits against current contents. */
  const prepare = (key: unknown, data: unknown): Result<Entry> => {
    if (typeof key !== 'string') return { ok: false, reason: parameterError('key', 'String', key) }
    const entry = serialise(data)
    if (!entry.ok) return entry
    const over = overLimit(key, entry.value)
    return over ? { ok: false, reason: over } : entry
  }

  const overLimit = (key: string, entry: Entry): string | undefined => {
    if (entry.bytes > ITEM_LIMIT_BYTES) return 'exceed storage item max length'
    const replaced = entries.get(key)?.bytes ?? 0
    if (used() - replaced + entry.bytes > TOTAL_LIMIT_BYTES) return 'exceed storage max size 10Mb'
    return undefined
  }

  const read = (key: string): unknown => {
    const entry = entries.get(key)
    return entry ? deserialise(entry) : ''
  }

  const info = () => ({
    keys: [...entries.keys()],
    currentSize: Math.ceil(used() / 1024),
    limitSize: TOTAL_LIMIT_BYTES / 1024,
  })

  const syncFail = (api: string, reason: string): never => {
    throw makeError(failure(api, reason).errMsg)
  }

  const optionsOf = (value: unknown): Record<string, unknown> =>
    value && typeof value === 'object' ? (value as Record<string, unknown>) : {}

  const fail = (api: string, reason: string) => ({
    ok: false as const,
    error: failure(api, reason) as WxFail,
  })

  const apis: WxStorageApis = {
    setStorageSync(key, data) {
      const entry = prepare(key, data)
      if (!entry.ok) return syncFail('setStorageSync', entry.reason)
      entries.set(key as string, entry.value)
    },
    getStorageSync(key) {
      if (typeof key !== 'string') return syncFail('getStorageSync', parameterError('key', 'String', key))
      return read(key)
    },
    removeStorageSync(key) {
      if (typeof key !== 'string') return syncFail('removeStorageSync', parameterError('key', 'String', key))
      entries.delete(key)
    },
    clearStorageSync() {
      entries.clear()
    },
    getStorageInfoSync() {
      return info()
    },

    // The async forms take their arguments now and change storage when they answer, in call order.
    setStorage(opts) {
      const { key, data } = optionsOf(opts)
      const entry = prepare(key, data)
      return answer(
        'setStorage',
        opts,
        () => {
          if (!entry.ok) return fail('setStorage', entry.reason)
          // Re-check the total at write time: other writes may have landed since the call.
          const over = overLimit(key as string, entry.value)
          if (over) return fail('setStorage', over)
          entries.set(key as string, entry.value)
          return { ok: true, result: {} }
        },
        scheduler,
      )
    },
    getStorage(opts) {
      const { key } = optionsOf(opts)
      return answer(
        'getStorage',
        opts,
        () => {
          if (typeof key !== 'string') return fail('getStorage', parameterError('key', 'String', key))
          if (!entries.has(key)) return fail('getStorage', 'data not found')
          return { ok: true, result: { data: read(key) } }
        },
        scheduler,
      )
    },
    removeStorage(opts) {
      const { key } = optionsOf(opts)
      return answer(
        'removeStorage',
        opts,
        () => {
          if (typeof key !== 'string') return fail('removeStorage', parameterError('key', 'String', key))
          entries.delete(key)
          return { ok: true, result: {} }
        },
        scheduler,
      )
    },
    clearStorage(opts) {
      return answer(
        'clearStorage',
        opts,
        () => {
          entries.clear()
          return { ok: true, result: {} }
        },
        scheduler,
      )
    },
    getStorageInfo(opts) {
      return answer('getStorageInfo', opts, () => ({ ok: true, result: info() }), scheduler)
    },
  }

  for (const [key, value] of Object.entries(options.initial ?? {})) apis.setStorageSync(key, value)

  return {
    apis,
    dump: () => Object.fromEntries([...entries.keys()].map((key) => [key, read(key)])),
    usedBytes: used,
  }
}

function serialise(data: unknown): Result<Entry> {
  // Date is checked by its tag: a Date made in the app's vm realm is not `instanceof Date` here.
  if (Object.prototype.toString.call(data) === '[object Date]') {
    const text = String(Date.prototype.getTime.call(data))
    return { ok: true, value: { type: 'date', text, bytes: Buffer.byteLength(text) } }
  }
  let text: string | undefined
  try {
    text = JSON.stringify(data)
  } catch (error) {
    return { ok: false, reason: `data is not serialisable: ${(error as Error).message}` }
  }
  // undefined, a function or a symbol: nothing JSON can carry.
  if (text === undefined) return { ok: true, value: { type: 'undefined', text: '', bytes: 0 } }
  return { ok: true, value: { type: 'json', text, bytes: Buffer.byteLength(text) } }
}

function deserialise(entry: Entry): unknown {
  if (entry.type === 'date') return new Date(Number(entry.text))
  if (entry.type === 'undefined') return undefined
  return JSON.parse(entry.text) as unknown
}

function defaultError(errMsg: string): Error {
  return Object.assign(new Error(errMsg), { errMsg })
}
