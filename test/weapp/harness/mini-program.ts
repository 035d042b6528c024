import fs from 'node:fs'
import path from 'node:path'

import { createLogicLayer, type LogicLayer } from './logic-layer'
import { ModuleLoader } from './module-loader'
import { PageInstance } from './page-instance'
import { describe, Recorder } from './recorder'
import { parseUrl, RouteTable, type AppJson } from './routes'
import { loadTemplates, type TemplateSet } from './templates'

/** A routing call WeChat refuses: `fail` gets '<api>:fail ' + this message. */
export class WxFail extends Error {}

export const MAX_PAGES = 10

type Registration = Record<string, unknown>

/**
 * The mini-program as WeChat runs it: the logic layer (vm), App/Page/Component registration, the page
 * stack with WeChat's routing rules and lifecycle order, and asynchronous transitions.
 */
export class MiniProgram {
  readonly recorder = new Recorder()
  readonly routes: RouteTable
  readonly templates: TemplateSet
  readonly layer: LogicLayer
  private readonly loader: ModuleLoader
  private readonly registrations = new Map<string, Registration>()
  readonly components = new Map<string, Registration>()
  app: Registration | undefined
  /** getCurrentPages(): bottom first. */
  readonly stack: PageInstance[] = []
  /** Tab pages stay alive after they are first opened, hidden when another tab shows. */
  private readonly tabInstances = new Map<string, PageInstance>()
  /** Every page ever opened, for the setData figures. */
  readonly opened: PageInstance[] = []
  private webviewIds = 1
  /** User actions and routing calls so far: tells a page's teardown from later work (see setData). */
  actions = 0
  private pendingWork = 0
  private disposed = false

  constructor(
    readonly buildDir: string,
    wxFactory: (program: MiniProgram) => object,
  ) {
    const appJson = JSON.parse(fs.readFileSync(path.join(buildDir, 'app.json'), 'utf8')) as AppJson
    this.routes = new RouteTable(appJson)
    this.templates = loadTemplates(buildDir)
    // The registration functions run inside the vm with their own `this`; they reach the program here.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this
    this.layer = createLogicLayer(
      {
        wx: {},
        App(options) {
          if (self.app) self.recorder.add('uncaught-error', 'App() called twice')
          self.app = options
        },
        Page(options) {
          const file = self.loader.current
          if (!file) throw new Error('Page() called outside a page file')
          self.registrations.set(file.replace(/\.js$/, ''), options)
        },
        Component(options) {
          const file = self.loader.current ?? 'unknown'
          self.components.set(file.replace(/\.js$/, ''), options)
        },
        Behavior(options) {
          return options
        },
        getApp() {
          return self.app
        },
        getCurrentPages() {
          return [...self.stack]
        },
        __wxConfig: {
          pages: appJson.pages,
          subPackages: appJson.subPackages ?? [],
          tabBar: appJson.tabBar,
          global: { window: appJson.window ?? {} },
          entryPagePath: `${appJson.pages[0]}.html`,
          envVersion: 'develop',
          platform: 'ios',
          appLaunchInfo: { scene: 1001, path: appJson.pages[0], query: {} },
        },
      },
      this.recorder,
      (error) => this.reportError(error),
    )
    this.layer.global.wx = wxFactory(this)
    this.loader = new ModuleLoader(buildDir, this.layer, {
      packageOf: (file) => this.routes.packageOf(file),
      later: (fn, label) => this.later(fn, label),
    })
  }

  /** Subpackages the app fetched with require.async (分包异步化), in order. */
  get fetchedPackages(): readonly string[] {
    return this.loader.fetchedPackages
  }

  /** Work started by the harness that will finish in a later macrotask (transitions, callbacks). */
  get busy(): number {
    return this.pendingWork
  }

  /** Runs `fn` in a later macrotask, as WeChat answers from the native side; counted for settle(). */
  later(fn: () => void, label: string, delay = 0): void {
    this.pendingWork++
    setTimeout(() => {
      this.pendingWork--
      if (this.disposed) return
      this.guard(fn, label)
    }, delay)
  }

  /** Calls app code like WeChat's framework does: a throw is reported (App.onError), not propagated. */
  guard<T>(fn: () => T, label: string): T | undefined {
    try {
      return fn()
    } catch (error) {
      this.recorder.add('uncaught-error', `${label}: ${describe(error)}`)
      this.reportError(error)
      return undefined
    }
  }

  private reportError(error: unknown): void {
    const onError = this.app?.onError
    if (typeof onError === 'function') {
      try {
        onError.call(this.app, String((error as Error)?.stack ?? error))
      } catch {
        // an onError that throws is already one error too many; the first is recorded
      }
    }
  }

  /** app.js (which requires runtime, taro, vendors, common), then onLaunch/onShow and the entry page. */
  boot(entry = this.routes.app.pages[0] as string, query: Record<string, string> = {}): void {
    this.loader.load('app.js')
    if (!this.app) throw new Error('app.js did not call App()')
    const app = this.app
    const launch = {
      path: entry,
      query,
      scene: 1001,
      referrerInfo: {},
      forwardMaterials: [],
      apiCategory: 'default',
    }
    this.guard(() => (app.onLaunch as ((o: unknown) => void) | undefined)?.call(app, launch), 'App.onLaunch')
    this.guard(() => (app.onShow as ((o: unknown) => void) | undefined)?.call(app, launch), 'App.onShow')
    this.pendingWork++
    // The first page opens in a later macrotask, as on a phone.
    setTimeout(() => {
      this.pendingWork--
      this.guard(() => this.openPage(entry, query, 'appLaunch'), `open ${entry}`)
    }, 0)
  }

  get currentPage(): PageInstance | undefined {
    return this.stack[this.stack.length - 1]
  }

  // ---- routing (wx.navigateTo & co): validate now, transition later ----

  navigateTo(url: string): void {
    const { route, query } = this.target(url)
    if (this.routes.isTab(route)) throw new WxFail('can not navigateTo a tabbar page')
    if (this.stack.length >= MAX_PAGES) throw new WxFail('webview count limit exceed')
    this.transition(() => {
      this.hide(this.currentPage)
      this.openPage(route, query, 'navigateTo')
    })
  }

  redirectTo(url: string): void {
    const { route, query } = this.target(url)
    if (this.routes.isTab(route)) throw new WxFail('can not redirectTo a tabbar page')
    this.transition(() => {
      const top = this.stack.pop()
      if (top) this.unload(top)
      this.openPage(route, query, 'redirectTo')
    })
  }

  switchTab(url: string): void {
    const { route } = this.target(url)
    if (!this.routes.isTab(route)) throw new WxFail('can not switch to no-tabBar page')
    this.transition(() => {
      // Non-tab pages close (top first); the tab page shown now hides.
      while (this.stack.length) {
        const page = this.stack.pop() as PageInstance
        if (this.routes.isTab(page.route)) this.hide(page)
        else this.unload(page)
      }
      const kept = this.tabInstances.get(route)
      if (kept) {
        this.stack.push(kept)
        this.show(kept)
      } else this.openPage(route, {}, 'switchTab')
    })
  }

  reLaunch(url: string): void {
    const { route, query } = this.target(url)
    this.transition(() => {
      while (this.stack.length) this.unload(this.stack.pop() as PageInstance)
      for (const page of this.tabInstances.values()) if (!page.unloaded) this.unload(page)
      this.tabInstances.clear()
      this.openPage(route, query, 'reLaunch')
    })
  }

  navigateBack(delta = 1): void {
    if (this.stack.length <= 1) throw new WxFail('cannot navigate back at first page.')
    this.transition(() => {
      const steps = Math.min(Math.max(1, Math.floor(delta) || 1), this.stack.length - 1)
      for (let i = 0; i < steps; i++) this.unload(this.stack.pop() as PageInstance)
      const top = this.currentPage
      if (top) this.show(top)
    })
  }

  private target(url: unknown): { route: string; query: Record<string, string> } {
    if (typeof url !== 'string' || !url) throw new WxFail('parameter error: parameter.url should be String')
    const parsed = parseUrl(url, this.currentPage?.route)
    if (!this.routes.has(parsed.route)) throw new WxFail(`page "${parsed.route}" is not found`)
    return parsed
  }

  private transition(run: () => void): void {
    this.actions++
    this.later(run, 'page transition', 0)
  }

  private openPage(route: string, query: Record<string, string>, how: string): void {
    const registration = this.register(route)
    const json = this.pageJson(route)
    const page = new PageInstance(
      registration,
      route,
      query,
      this.webviewIds++,
      this.recorder,
      (fn, label) => this.later(fn, label),
      () => this.actions,
    )
    page.navigationBarTitle = json.navigationBarTitleText ?? this.routes.app.window?.navigationBarTitleText
    page.openedBy = how
    this.stack.push(page)
    this.opened.push(page)
    if (this.routes.isTab(route)) this.tabInstances.set(route, page)
    this.call(page, 'onLoad', { ...query })
    this.call(page, 'onShow')
    // onReady: once the view layer has rendered the first data, a little later.
    this.later(
      () => {
        if (!page.unloaded) this.call(page, 'onReady')
      },
      `${route} onReady`,
      16,
    )
  }

  /** The page's Page() registration, loading its file (and so its subpackage) on first entry. */
  private register(route: string): Registration {
    let registration = this.registrations.get(route)
    if (!registration) {
      this.loader.load(`${route}.js`)
      // WeChat loads the page's usingComponents with it (Taro's `comp`).
      for (const file of Object.values(this.pageJson(route).usingComponents ?? {})) {
        const target = path.posix.join(path.posix.dirname(route), file)
        if (this.loader.exists(target)) this.loader.load(target)
      }
      registration = this.registrations.get(route)
      if (!registration) throw new Error(`${route}.js did not call Page()`)
    }
    return registration
  }

  pageJson(
    route: string,
  ): { navigationBarTitleText?: string; usingComponents?: Record<string, string> } & Record<string, unknown> {
    const file = path.join(this.buildDir, `${route}.json`)
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {}
  }

  private hide(page: PageInstance | undefined): void {
    if (page && !page.unloaded) this.call(page, 'onHide')
  }

  private show(page: PageInstance): void {
    this.call(page, 'onShow')
  }

  private unload(page: PageInstance): void {
    if (page.unloaded) return
    this.call(page, 'onUnload')
    page.unloaded = true
    page.unloadedAtAction = this.actions
    if (this.tabInstances.get(page.route) === page) this.tabInstances.delete(page.route)
  }

  call(page: PageInstance, lifecycle: string, ...args: unknown[]): unknown {
    const fn = page[lifecycle]
    if (typeof fn !== 'function') return undefined
    return this.guard(() => fn.apply(page, args), `${page.route} ${lifecycle}`)
  }

  /** Closes the mini-program: pages unload, the app hides, every timer stops. */
  dispose(): void {
    if (this.disposed) return
    for (const page of [...this.stack].reverse()) this.unload(page)
    for (const page of this.tabInstances.values()) this.unload(page)
    this.disposed = true
    this.layer.timers.dispose()
  }
}
