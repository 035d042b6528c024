import type { Recorder } from './recorder'

type Callback = (...args: unknown[]) => void

interface Pending {
  handle: NodeJS.Timeout
  delay: number
  repeat: boolean
}

/**
 * WeChat's timers for the logic layer: numeric ids like JSCore/V8 give, errors thrown by a callback are
 * reported (as WeChat reports them to App.onError) instead of crashing jest, and the pending ones are
 * known so settle() can tell whether short, timer-driven work is still to come.
 */
export class TimerHub {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor(
    private readonly recorder: Recorder,
    private readonly onError: (error: unknown) => void,
  ) {}

  private guard(fn: Callback, args: unknown[]): void {
    try {
      fn(...args)
    } catch (error) {
      this.recorder.add('uncaught-error', `in a timer callback: ${String((error as Error)?.stack ?? error)}`)
      this.onError(error)
    }
  }

  setTimeout = (fn: Callback, delay = 0, ...args: unknown[]): number => {
    if (typeof fn !== 'function')
      throw new TypeError('setTimeout expects a function (WeChat does not eval strings)')
    const id = this.nextId++
    const ms = Math.max(0, Number(delay) || 0)
    const handle = setTimeout(() => {
      this.pending.delete(id)
      this.guard(fn, args)
    }, ms)
    this.pending.set(id, { handle, delay: ms, repeat: false })
    return id
  }

  setInterval = (fn: Callback, delay = 0, ...args: unknown[]): number => {
    if (typeof fn !== 'function')
      throw new TypeError('setInterval expects a function (WeChat does not eval strings)')
    const id = this.nextId++
    const ms = Math.max(1, Number(delay) || 0)
    const handle = setInterval(() => this.guard(fn, args), ms)
    this.pending.set(id, { handle, delay: ms, repeat: true })
    return id
  }

  clearTimeout = (id?: number): void => {
    const entry = id === undefined ? undefined : this.pending.get(id)
    if (!entry) return
    clearTimeout(entry.handle)
    this.pending.delete(id as number)
  }

  clearInterval = (id?: number): void => this.clearTimeout(id)

  /** One-shot timers due within `horizon` ms of being set: work the app is about to do on its own. */
  shortPending(horizon: number): number {
    let count = 0
    for (const entry of this.pending.values()) if (!entry.repeat && entry.delay <= horizon) count++
    return count
  }

  /** Stops every timer: the app is torn down at the end of a test, as closing the mini-program does. */
  dispose(): void {
    for (const entry of this.pending.values()) clearTimeout(entry.handle)
    this.pending.clear()
  }
}
