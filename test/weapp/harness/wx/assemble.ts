// The harness's `wx`: every name WeChat documents (from the typings' catalog), each call checked against
// its documented arguments; storage and network from their modules, routing into the page stack, native
// UI recorded; anything else is recorded as unimplemented and fails with an errMsg (never silently ok).
import { inUserTap } from '../events'
import type { MiniProgram } from '../mini-program'
import { WxFail as RouteRefusal } from '../mini-program'
import { ViewTree } from '../view'

import { answer, failure, type Scheduler } from './callbacks'
import { FakeCanvasNode } from './canvas'
import { getApi, loadCatalog } from './catalog'
import { createChoosers } from './choosers'
import { createFiles, type FileRegistry } from './files'
import type { WxNetwork } from './network'
import { createStorage, type WxStorage } from './storage'
import { fillUnimplemented, wrapWithValidation } from './stubs'
import { appBaseInfo, deviceInfo, menuButtonRect, nodeRect, systemInfo, windowInfo } from './system'
import { NativeUi } from './ui'

type Fn = (...args: unknown[]) => unknown
// Each implementation declares its own option type; the wrapper hands them the app's arguments as is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Impl = (...args: any[]) => unknown
type Options = Record<string, unknown> & { success?: Fn; fail?: Fn; complete?: Fn }

export interface WxParts {
  wx: Record<string, unknown>
  ui: NativeUi
  storage: WxStorage
  /** Temp files: what the pickers hand out and uploadFile reads. */
  files: FileRegistry
  /** Names of wx APIs the app called that the harness does not implement. */
  unimplemented: Set<string>
  calls: Map<string, number>
}

export function assembleWx(
  program: MiniProgram,
  makeNetwork: (scheduler: Scheduler, files: FileRegistry) => WxNetwork,
  storageInitial?: Record<string, unknown>,
): WxParts {
  const catalog = loadCatalog()
  const recorder = program.recorder
  const ui = new NativeUi()
  const scheduler: Scheduler = {
    schedule: (fn) => program.later(fn, 'wx callback'),
    reportError: (error) => {
      program.later(() => {
        throw error
      }, 'wx callback')
    },
  }
  const realmError = program.layer.global.Error as ErrorConstructor
  const storage = createStorage({
    scheduler,
    makeError: (msg) => new realmError(msg),
    initial: storageInitial,
  })
  const files = createFiles()
  const network = makeNetwork(scheduler, files)
  const choosers = createChoosers({
    files,
    ui,
    scheduler,
    reportSetup: (message) => recorder.add('test-setup', message),
  })
  const unimplemented = new Set<string>()
  const calls = new Map<string, number>()

  const ok = (api: string, options: unknown, result: object = {}) =>
    answer(api, options, { ok: true, result }, scheduler)
  const fail = (api: string, options: unknown, reason: string) =>
    answer(api, options, { ok: false, error: failure(api, reason) }, scheduler)

  const routing = (api: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch') => (options: Options) => {
    try {
      program[api](String(options?.url ?? ''))
    } catch (error) {
      if (error instanceof RouteRefusal) return fail(api, options, error.message)
      throw error
    }
    return ok(api, options)
  }

  const implemented: Record<string, Impl> = {
    ...(storage.apis as unknown as Record<string, Impl>),
    ...(network.apis as unknown as Record<string, Impl>),
    ...(choosers as unknown as Record<string, Impl>),
    navigateTo: routing('navigateTo'),
    redirectTo: routing('redirectTo'),
    switchTab: routing('switchTab'),
    reLaunch: routing('reLaunch'),
    navigateBack: (options?: Options) => {
      try {
        program.navigateBack(Number(options?.delta ?? 1))
      } catch (error) {
        if (error instanceof RouteRefusal) return fail('navigateBack', options, error.message)
        throw error
      }
      return ok('navigateBack', options)
    },
    showToast: (options: Options) => {
      ui.toasts.push({ title: String(options.title ?? ''), icon: options.icon as string, at: Date.now() })
      return ok('showToast', options)
    },
    hideToast: (options?: Options) => ok('hideToast', options),
    showLoading: (options: Options) => {
      ui.loading = String(options.title ?? '')
      return ok('showLoading', options)
    },
    hideLoading: (options?: Options) => {
      ui.loading = undefined
      return ok('hideLoading', options)
    },
    showModal: (options: Options) => {
      const reply = ui.answerModal({
        title: options.title as string,
        content: options.content as string,
        confirmText: options.confirmText as string,
        cancelText: options.cancelText as string,
        showCancel: options.showCancel as boolean,
        editable: options.editable as boolean,
      })
      return ok('showModal', options, {
        confirm: reply.confirm,
        cancel: !reply.confirm,
        content: reply.content ?? '',
      })
    },
    showActionSheet: (options: Options) => {
      const items = (options.itemList as string[]) ?? []
      ui.actionSheets.push([...items])
      const choice = ui.actionSheetChoices.shift()
      if (choice === undefined) return fail('showActionSheet', options, 'cancel')
      return ok('showActionSheet', options, { tapIndex: choice })
    },
    setNavigationBarTitle: (options: Options) => {
      const page = program.currentPage
      if (page) page.navigationBarTitle = String(options.title ?? '')
      return ok('setNavigationBarTitle', options)
    },
    setNavigationBarColor: (options: Options) => ok('setNavigationBarColor', options),
    hideHomeButton: (options?: Options) => ok('hideHomeButton', options),
    showNavigationBarLoading: (options?: Options) => ok('showNavigationBarLoading', options),
    hideNavigationBarLoading: (options?: Options) => ok('hideNavigationBarLoading', options),
    setTabBarBadge: (options: Options) => {
      ui.tabBadges.set(Number(options.index), String(options.text ?? ''))
      return ok('setTabBarBadge', options)
    },
    removeTabBarBadge: (options: Options) => {
      ui.tabBadges.delete(Number(options.index))
      return ok('removeTabBarBadge', options)
    },
    showTabBarRedDot: (options: Options) => {
      ui.tabRedDots.add(Number(options.index))
      return ok('showTabBarRedDot', options)
    },
    hideTabBarRedDot: (options: Options) => {
      ui.tabRedDots.delete(Number(options.index))
      return ok('hideTabBarRedDot', options)
    },
    stopPullDownRefresh: (options?: Options) => {
      ui.pullDownStops++
      return ok('stopPullDownRefresh', options)
    },
    pageScrollTo: (options: Options) => ok('pageScrollTo', options),
    setClipboardData: (options: Options) => {
      ui.clipboard = String(options.data ?? '')
      return ok('setClipboardData', options)
    },
    getClipboardData: (options?: Options) => ok('getClipboardData', options, { data: ui.clipboard }),
    openLocation: (options: Options) => {
      ui.openedLocations.push(plain(options))
      return ok('openLocation', options)
    },
    showShareMenu: (options?: Options) => {
      ui.shareMenus.push(plain(options ?? {}))
      return ok('showShareMenu', options)
    },
    addPhoneCalendar: (options: Options) => {
      ui.calendarEvents.push(plain(options))
      return ok('addPhoneCalendar', options)
    },
    // A 2D canvas's pixels as a PNG temp file: only from a canvas node the page got and drew on.
    canvasToTempFilePath: (options: Options) => {
      const canvas = options.canvas
      if (!(canvas instanceof FakeCanvasNode))
        return fail('canvasToTempFilePath', options, 'canvas is not a canvas node of this page')
      if (!canvas.ops.length) return fail('canvasToTempFilePath', options, 'canvas is empty')
      const ext = options.fileType === 'jpg' ? 'jpg' : 'png'
      const tempFilePath = `wxfile://tmp_canvas_${ui.canvasExports.length + 1}.${ext}`
      ui.canvasExports.push({ tempFilePath, canvasId: canvas.id, texts: canvas.texts() })
      return ok('canvasToTempFilePath', options, { tempFilePath })
    },
    // The album: the user's answer to WeChat's permission ask comes from ui.albumAnswers (default allow).
    saveImageToPhotosAlbum: (options: Options) => {
      const filePath = String(options.filePath ?? '')
      if (!ui.canvasExports.some((e) => e.tempFilePath === filePath))
        return fail('saveImageToPhotosAlbum', options, 'file not found')
      if ((ui.albumAnswers.shift() ?? 'allow') === 'deny')
        return fail('saveImageToPhotosAlbum', options, 'auth deny')
      ui.albumSaves.push(filePath)
      return ok('saveImageToPhotosAlbum', options)
    },
    // The settings page: the user turns the album on there.
    openSetting: (options?: Options) => {
      ui.settingsOpened++
      return ok('openSetting', options, { authSetting: { 'scope.writePhotosAlbum': true } })
    },
    vibrateShort: (options?: Options) => ok('vibrateShort', options),
    // The subscription panel: only from a user's tap (base library 2.8.2+), at most 3 one-time templates
    // at a time (WeChat's current rule; older typings say 5), errCodes from the typings' table.
    requestSubscribeMessage: (options: Options) => {
      const fail = (errCode: number, reason: string) =>
        answer(
          'requestSubscribeMessage',
          options,
          { ok: false, error: Object.assign(failure('requestSubscribeMessage', reason), { errCode }) },
          scheduler,
        )
      if (!inUserTap()) return fail(10005, 'can only be invoked by user TAP gesture.')
      const ids = Array.isArray(options.tmplIds) ? options.tmplIds.map(String) : []
      if (!ids.length) return fail(10001, "TmplIds can't be empty")
      if (ids.length > 3) return fail(20003, 'Templates count out of max bounds')
      if (ids.some((id) => !/^[A-Za-z0-9_-]+$/.test(id))) return fail(10004, 'Invalid template id')
      return ok('requestSubscribeMessage', options, ui.answerSubscribe(ids))
    },
    login: (options?: Options) => ok('login', options, { code: `harness-code-${Date.now().toString(36)}` }),
    checkSession: (options?: Options) => ok('checkSession', options),
    getNetworkType: (options?: Options) => ok('getNetworkType', options, { networkType: 'wifi' }),
    getSystemInfoSync: () => systemInfo(isTab()),
    getSystemInfo: (options?: Options) => ok('getSystemInfo', options, systemInfo(isTab())),
    getSystemInfoAsync: (options?: Options) => ok('getSystemInfoAsync', options, systemInfo(isTab())),
    getWindowInfo: () => windowInfo(isTab()),
    getDeviceInfo: () => deviceInfo(),
    getAppBaseInfo: () => appBaseInfo(),
    getSystemSetting: () => ({
      bluetoothEnabled: false,
      locationEnabled: false,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    }),
    getAppAuthorizeSetting: () => ({
      albumAuthorized: 'authorized',
      cameraAuthorized: 'authorized',
      notificationAuthorized: 'authorized',
    }),
    getMenuButtonBoundingClientRect: () => ({ ...menuButtonRect }),
    getAccountInfoSync: () => ({
      miniProgram: { appId: 'wx0000000000000000', envVersion: 'develop', version: '' },
    }),
    getLaunchOptionsSync: () => ({
      path: program.routes.app.pages[0],
      query: {},
      scene: 1001,
      referrerInfo: {},
    }),
    getEnterOptionsSync: () => ({
      path: program.routes.app.pages[0],
      query: {},
      scene: 1001,
      referrerInfo: {},
    }),
    canIUse: (schema: unknown) => {
      const head = String(schema).split('.')[0] ?? ''
      // A documented API is there; a camelCase name WeChat does not document is not; component and
      // attribute schemas (button.open-type…) are answered yes, as a current client would.
      return getApi(catalog, head) ? true : !/[A-Z]/.test(head)
    },
    nextTick: (fn: unknown) => {
      if (typeof fn === 'function') program.later(fn as () => void, 'wx.nextTick')
    },
    createSelectorQuery: () => selectorQuery(program, canvasNode),
    createIntersectionObserver: () => intersectionObserver(),
    onError: listener('onError'),
    offError: listener('offError'),
    onUnhandledRejection: listener('onUnhandledRejection'),
    offUnhandledRejection: listener('offUnhandledRejection'),
    onAppShow: listener('onAppShow'),
    offAppShow: listener('offAppShow'),
    onAppHide: listener('onAppHide'),
    offAppHide: listener('offAppHide'),
    onNetworkStatusChange: listener('onNetworkStatusChange'),
    offNetworkStatusChange: listener('offNetworkStatusChange'),
    onMemoryWarning: listener('onMemoryWarning'),
    onPageNotFound: listener('onPageNotFound'),
    onThemeChange: listener('onThemeChange'),
    onWindowResize: listener('onWindowResize'),
    offWindowResize: listener('offWindowResize'),
    reportAnalytics: () => undefined,
    reportEvent: () => undefined,
    reportMonitor: () => undefined,
  }

  /**
   * The node of a <canvas type="2d"> on the current page, by its id: the same node for the same
   * element, as WeChat keeps it; nothing for another element (WeChat gives canvas and scroll-view nodes).
   */
  const canvasNodes = new WeakMap<object, FakeCanvasNode>()
  function canvasNode(selector: string): FakeCanvasNode | null {
    const page = program.currentPage
    if (!page || !selector.startsWith('#')) return null
    const id = selector.slice(1)
    for (const { node } of new ViewTree(program.templates, page).elements()) {
      const template = program.templates.byNn.get(String(node.nn))
      if (template?.tag !== 'canvas' || (node.uid ?? node.sid) !== id) continue
      const typeField = template.fields.type
      if (!typeField || node[typeField] !== '2d') return null
      let canvas = canvasNodes.get(node)
      if (!canvas) {
        canvas = new FakeCanvasNode(id, (fn) => program.later(fn, 'canvas image'))
        canvasNodes.set(node, canvas)
        ui.canvases.push(canvas)
      }
      return canvas
    }
    return null
  }

  function isTab(): boolean {
    const page = program.currentPage
    return page ? program.routes.isTab(page.route) : true
  }

  /** Listener registration: the harness keeps no events to fire for these; registering is harmless. */
  function listener(_name: string): Impl {
    return () => undefined
  }

  // Implemented APIs are counted and checked against their documented arguments (misuse recorded,
  // the call still goes ahead, as on a phone); every other documented name comes from stubs.ts.
  const wx: Record<string, unknown> = {}
  for (const [name, impl] of Object.entries(implemented)) {
    wx[name] = (...args: unknown[]) => {
      calls.set(name, (calls.get(name) ?? 0) + 1)
      return impl(...args)
    }
  }
  wrapWithValidation(wx, catalog, ({ problems }) => {
    for (const problem of problems) recorder.add('wx-misuse', problem)
  })
  fillUnimplemented(
    wx,
    catalog,
    ({ api }) => {
      calls.set(api, (calls.get(api) ?? 0) + 1)
      unimplemented.add(api)
      recorder.add('unimplemented-api', `wx.${api} called; the harness does not implement it`)
    },
    { scheduler, makeError: (errMsg) => Object.assign(new realmError(errMsg), { errMsg }) },
  )
  for (const name of Object.keys(implemented))
    if (!getApi(catalog, name))
      throw new Error(`harness implements wx.${name}, which WeChat does not document`)
  wx.env = { USER_DATA_PATH: 'wxfile://usr' }
  return { wx, ui, storage, files, unimplemented, calls }
}

/** An API's options without its callbacks: what a journey asserts on. */
function plain(options: Options): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => typeof value !== 'function'))
}

function selectorQuery(program: MiniProgram, canvasNode: (selector: string) => FakeCanvasNode | null) {
  const steps: ((results: unknown[]) => void)[] = []
  let index = 0
  const nodesRef = (selector: string, all: boolean) => {
    const ref = {
      boundingClientRect(cb?: Fn) {
        steps.push((results) => {
          const rect = all ? [nodeRect(index++, selector)] : nodeRect(index++, selector)
          results.push(rect)
          cb?.(rect)
        })
        return query
      },
      scrollOffset(cb?: Fn) {
        steps.push((results) => {
          const offset = {
            id: selector,
            dataset: {},
            scrollLeft: 0,
            scrollTop: 0,
            scrollWidth: 375,
            scrollHeight: 812,
          }
          results.push(offset)
          cb?.(offset)
        })
        return query
      },
      fields(fields: { node?: boolean } | undefined, cb?: Fn) {
        steps.push((results) => {
          const rect: Record<string, unknown> = nodeRect(index++, selector)
          // node: a 2D canvas's node (looked up when the query runs, as WeChat does), else null.
          if (fields?.node) rect.node = canvasNode(selector)
          results.push(rect)
          cb?.(rect)
        })
        return query
      },
      node(cb?: Fn) {
        steps.push((results) => {
          results.push(null)
          cb?.(null)
        })
        return query
      },
      context(cb?: Fn) {
        return ref.node(cb)
      },
    }
    return ref
  }
  const query = {
    in: () => query,
    select: (selector: string) => nodesRef(selector, false),
    selectAll: (selector: string) => nodesRef(selector, true),
    selectViewport: () => nodesRef('viewport', false),
    exec(cb?: Fn) {
      program.later(() => {
        const results: unknown[] = []
        for (const step of steps) step(results)
        cb?.(results)
      }, 'SelectorQuery.exec')
      return undefined
    },
  }
  return query
}

function intersectionObserver() {
  // Observed nodes never report: the harness has no layout to say what scrolled into view.
  const observer = {
    relativeTo: () => observer,
    relativeToViewport: () => observer,
    observe: () => undefined,
    disconnect: () => undefined,
  }
  return observer
}
