import vm from 'node:vm'

import { dispatch } from './events'
import { MiniProgram } from './mini-program'
import type { PageInstance } from './page-instance'
import { describe, type ProblemKind } from './recorder'
import { type Backend, WEAPP_DIR, assertBuild, isRemoteBuild } from './server'
import { ViewTree, type Located } from './view'
import { assembleWx, type WxParts } from './wx/assemble'
import { createNetwork, type WxNetwork } from './wx/network'

export interface LaunchOptions {
  buildDir?: string
  /** The backend a remote build talks to (see startBackend); unused by a mock-mode build. */
  backend?: Backend
  entry?: string
  query?: Record<string, string>
  /** Storage contents at launch (a phone that has used the app before). */
  storage?: Record<string, unknown>
}

/** Timers due within this many ms count as work the app is about to do (setData batching, raf, debounce). */
const SHORT_TIMER_MS = 500
const SETTLE_TIMEOUT_MS = 15_000

/**
 * Node reports unhandled rejections of every realm on the real `process`; jest's sandbox has its own
 * `process`, so the hook goes on the real one (reached through the main context) while an app runs.
 * The app's (its vm realm's) are recorded; everyone else's go on to the listeners that were there.
 */
const realProcess = vm.runInThisContext('process') as NodeJS.Process
let rejectionSink: ((reason: unknown, promise: Promise<unknown>) => boolean) | undefined
let savedListeners: NodeJS.UnhandledRejectionListener[] | undefined

function hookRejections(sink: (reason: unknown, promise: Promise<unknown>) => boolean): void {
  rejectionSink = sink
  if (savedListeners) return
  savedListeners = realProcess.listeners('unhandledRejection')
  realProcess.removeAllListeners('unhandledRejection')
  realProcess.on('unhandledRejection', (reason, promise) => {
    if (rejectionSink?.(reason, promise)) return
    for (const listener of savedListeners ?? []) listener(reason, promise)
  })
}

function unhookRejections(): void {
  rejectionSink = undefined
  if (!savedListeners) return
  realProcess.removeAllListeners('unhandledRejection')
  for (const listener of savedListeners) realProcess.on('unhandledRejection', listener)
  savedListeners = undefined
}

/** One mini-program on one phone: launch, look at the current page, tap and type, settle, check. */
export class Weapp {
  readonly program: MiniProgram
  readonly wx: WxParts
  private network: WxNetwork | undefined

  private constructor(readonly options: LaunchOptions) {
    const buildDir = options.buildDir ?? WEAPP_DIR
    assertBuild(buildDir)
    const remote = isRemoteBuild(buildDir)
    if (remote && !options.backend) throw new Error('a remote-mode build needs a backend (startBackend())')
    let wxParts: WxParts | undefined
    this.program = new MiniProgram(buildDir, (program) => {
      wxParts = assembleWx(
        program,
        (scheduler, files) => {
          this.network = createNetwork({
            scheduler,
            files,
            resolveUrl: (url) => options.backend?.resolveUrl(url) ?? url,
          })
          return this.network
        },
        options.storage,
      )
      return wxParts.wx
    })
    this.wx = wxParts as unknown as WxParts
    this.captureRejections()
  }

  static async launch(options: LaunchOptions = {}): Promise<Weapp> {
    const app = new Weapp(options)
    app.program.boot(options.entry, options.query)
    await app.settle()
    return app
  }

  /** Unhandled rejections of the app's realm (Node reports every realm's; only ours are kept). */
  private captureRejections(): void {
    const VmPromise = this.program.layer.global.Promise as PromiseConstructor
    hookRejections((reason, promise) => {
      if (!(promise instanceof VmPromise)) return false
      this.program.recorder.add('unhandled-rejection', describe(reason))
      return true
    })
  }

  get page(): PageInstance {
    const page = this.program.currentPage
    if (!page) throw new Error('no page is open')
    return page
  }

  get view(): ViewTree {
    return new ViewTree(this.program.templates, this.page)
  }

  get route(): string {
    return this.page.route
  }

  text(): string {
    return this.view.text()
  }

  /**
   * Waits until the app is idle: no request or socket handshake in flight, no page transition or wx
   * answer pending, no short timer about to fire, twice in a row a macrotask apart.
   */
  async settle(timeoutMs = SETTLE_TIMEOUT_MS): Promise<void> {
    const started = Date.now()
    let quiet = 0
    while (quiet < 2) {
      if (Date.now() - started > timeoutMs)
        throw new Error(`settle(): still busy after ${timeoutMs} ms (${this.busyReport()})`)
      await new Promise((resolve) => setTimeout(resolve, 5))
      quiet = this.busyReport() ? 0 : quiet + 1
    }
  }

  private busyReport(): string {
    const parts: string[] = []
    const inFlight = this.network?.inFlight() ?? 0
    if (inFlight) parts.push(`${inFlight} network`)
    if (this.program.busy) parts.push(`${this.program.busy} transitions/callbacks`)
    const timers = this.program.layer.timers.shortPending(SHORT_TIMER_MS)
    if (timers) parts.push(`${timers} timers`)
    return parts.join(', ')
  }

  /** Waits (condition-based) until the current page shows `text`. */
  async waitForText(text: string | RegExp, timeoutMs = SETTLE_TIMEOUT_MS): Promise<void> {
    const started = Date.now()
    const has = () => (typeof text === 'string' ? this.text().includes(text) : text.test(this.text()))
    while (!has()) {
      if (Date.now() - started > timeoutMs)
        throw new Error(
          `"${String(text)}" not shown on ${this.route} after ${timeoutMs} ms. Page text:\n${this.text()}`,
        )
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  /** Waits until the current page is `route` and idle. */
  async waitForRoute(route: string, timeoutMs = SETTLE_TIMEOUT_MS): Promise<void> {
    const started = Date.now()
    while (this.program.currentPage?.route !== route) {
      if (Date.now() - started > timeoutMs)
        throw new Error(
          `still on ${this.program.currentPage?.route} after ${timeoutMs} ms, expected ${route}`,
        )
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    await this.settle()
  }

  private locate(text: string | RegExp, nth = 0): Located {
    const found = this.view.findByText(text, nth)
    if (!found) throw new Error(`no "${String(text)}" on ${this.route}. Page text:\n${this.text()}`)
    return found
  }

  /** A finger on the text: touchstart, touchend, tap on the element showing it; then settle. */
  async tap(text: string | RegExp, nth = 0): Promise<void> {
    const { path } = this.locate(text, nth)
    const view = this.view
    this.program.actions++
    dispatch(this.program, view, path, 'touchstart')
    dispatch(this.program, view, path, 'touchend')
    const delivered = dispatch(this.program, view, path, 'tap', { x: 187, y: 400 })
    if (!delivered) throw new Error(`nothing along "${String(text)}" on ${this.route} listens to taps`)
    await this.settle()
  }

  /** Types `value` into the input with that placeholder (or after that label): focus, input, blur. */
  async input(placeholderOrLabel: string, value: string): Promise<void> {
    const view = this.view
    const found = view.findInput(placeholderOrLabel)
    if (!found)
      throw new Error(`no input "${placeholderOrLabel}" on ${this.route}. Page text:\n${this.text()}`)
    this.program.actions++
    dispatch(this.program, view, found.path, 'focus', { value: '', height: 0 })
    await this.settle()
    dispatch(this.program, this.view, found.path, 'input', { value, cursor: value.length, keyCode: 0 })
    await this.settle()
    dispatch(this.program, this.view, found.path, 'blur', { value, cursor: value.length })
    await this.settle()
  }

  /** Sends `type` with `detail` to an element found by text or given by path (change, confirm, …). */
  async fire(target: string | Located, type: string, detail: Record<string, unknown> = {}): Promise<void> {
    const located = typeof target === 'string' ? this.locate(target) : target
    this.program.actions++
    dispatch(this.program, this.view, located.path, type, detail)
    await this.settle()
  }

  /** The user pulls the page down (pages with enablePullDownRefresh). */
  async pullDownRefresh(): Promise<void> {
    this.program.call(this.page, 'onPullDownRefresh')
    await this.settle()
  }

  /** The user scrolls to the bottom of the page. */
  async reachBottom(): Promise<void> {
    this.program.call(this.page, 'onReachBottom')
    await this.settle()
  }

  /** Opens a page as a link inside the app would: switchTab for a tab page, else navigateTo. */
  async open(url: string): Promise<void> {
    const route = url.replace(/^\//, '').split('?')[0] ?? ''
    if (this.program.routes.isTab(route)) this.program.switchTab(url)
    else this.program.navigateTo(url)
    await this.waitForRoute(route)
  }

  /** The back button in the navigation bar. */
  async back(): Promise<void> {
    this.program.navigateBack(1)
    await this.settle()
  }

  /** The user taps a tab of the tab bar. */
  async tapTab(text: string): Promise<void> {
    const tab = this.program.routes.app.tabBar?.list.find((t) => t.text === text)
    if (!tab) throw new Error(`no tab "${text}"`)
    if (this.program.currentPage?.route !== tab.pagePath) this.program.switchTab(`/${tab.pagePath}`)
    await this.settle()
  }

  problems(kind?: ProblemKind): string[] {
    return kind
      ? this.program.recorder.of(kind)
      : this.program.recorder.problems.map((p) => `${p.kind}: ${p.message}`)
  }

  /** setData figures of every page opened so far. */
  setDataStats(): { calls: number; bytes: number; largest: number } {
    let calls = 0
    let bytes = 0
    let largest = 0
    for (const page of this.program.opened) {
      calls += page.stats.setDataCalls
      bytes += page.stats.setDataBytes
      largest = Math.max(largest, page.stats.largestSetData)
    }
    return { calls, bytes, largest }
  }

  /** Closes the mini-program (pages unload, timers stop, sockets close). */
  async close(): Promise<void> {
    await this.settle().catch(() => undefined)
    this.program.dispose()
    this.network?.close()
    unhookRejections()
  }
}
