import type { Recorder } from './recorder'
import { applyAtPath, checkSetData, parseDataPath } from './set-data'

export interface PageStats {
  setDataCalls: number
  /** setData calls that arrived while the page was being torn down (Taro's last flush on unmount). */
  teardownSetData: number
  /** Nested undefined fields dropped on the way to the view layer (WeChat says nothing about those). */
  droppedUndefined: number
  setDataBytes: number
  largestSetData: number
}

/** Runs a host-side callback later, the way WeChat answers from the view layer: in a later macrotask. */
export type Later = (fn: () => void, label: string) => void

/**
 * One page as WeChat builds it from the `Page(options)` registration: methods and fields of the options
 * on the instance, its own deep copy of `data`, `route`/`options`, and a setData that goes through
 * WeChat's checks before it lands in the data tree the tests read.
 */
export class PageInstance {
  [key: string]: unknown
  route: string
  options: Record<string, string>
  data: Record<string, unknown>
  readonly stats: PageStats = {
    setDataCalls: 0,
    teardownSetData: 0,
    droppedUndefined: 0,
    setDataBytes: 0,
    largestSetData: 0,
  }
  unloaded = false
  /** The program's action count when the page unloaded (see setData). */
  unloadedAtAction = -1
  readonly __wxWebviewId__: number
  readonly __wxExparserNodeId__: string

  constructor(
    registration: Record<string, unknown>,
    route: string,
    query: Record<string, string>,
    webviewId: number,
    private readonly recorder: Recorder,
    private readonly later: Later,
    private readonly actionCount: () => number,
  ) {
    for (const [key, value] of Object.entries(registration)) {
      if (key === 'data') continue
      this[key] = typeof value === 'function' ? value : clone(value)
    }
    this.data = (clone(registration.data) as Record<string, unknown> | undefined) ?? {}
    this.route = route
    this.options = query
    this.__wxWebviewId__ = webviewId
    this.__wxExparserNodeId__ = `page-${webviewId}`
    Object.defineProperty(this, '__route__', { value: route, enumerable: false })
    // Non-enumerable so Taro's own reads of the instance do not walk the harness's fields.
    for (const key of ['stats', 'recorder', 'later', 'actionCount', 'unloaded', 'unloadedAtAction'])
      Object.defineProperty(this, key, { enumerable: false, writable: true })
  }

  setData = (payload: Record<string, unknown>, callback?: () => void): void => {
    if (this.unloaded) {
      // Taro flushes the input values React resets while it unmounts the page, right after onUnload;
      // WeChat drops that silently. Anything later (a timer or answer still writing to a page the user
      // has left, after they did something else) is the defect this check is for.
      if (this.actionCount() === this.unloadedAtAction) this.stats.teardownSetData++
      else
        this.recorder.add(
          'set-data',
          `setData on ${this.route} after it was unloaded: ${Object.keys(payload).join(', ')}`,
        )
      return
    }
    if (!payload || typeof payload !== 'object') {
      this.recorder.add('set-data', `setData on ${this.route} with ${typeof payload}`)
      return
    }
    const { bytes, problems, droppedUndefined } = checkSetData(payload)
    this.stats.droppedUndefined += droppedUndefined.length
    for (const problem of problems) this.recorder.add('set-data', `${this.route}: ${problem}`)
    this.stats.setDataCalls++
    this.stats.setDataBytes += bytes
    this.stats.largestSetData = Math.max(this.stats.largestSetData, bytes)
    for (const [key, value] of Object.entries(payload)) {
      let segments
      try {
        segments = parseDataPath(key)
      } catch {
        continue
      }
      // WeChat ignores a field set to undefined (and warns, recorded above).
      if (value === undefined) continue
      applyAtPath(this.data, segments, value)
    }
    if (typeof callback === 'function')
      this.later(() => callback.call(this), `setData callback on ${this.route}`)
  }

  getOpenerEventChannel = (): object => ({ emit() {}, on() {}, once() {}, off() {} })
}

function clone(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value))
}
