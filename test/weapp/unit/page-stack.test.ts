// WeChat's page stack rules and lifecycle order, on a tiny build (support/fake-build.ts).
import { Weapp } from '../harness/weapp'
import { fakeBuild } from '../support/fake-build'

let app: Weapp

beforeEach(async () => {
  app = await Weapp.launch({ buildDir: fakeBuild() })
})
afterEach(() => app.close())

const log = () => (app.program.layer.global.global as { log: string[] }).log
const wx = () => app.program.layer.global.wx as Record<string, (o: object) => unknown>

/** Calls a routing API the way the app does and waits for its answer. */
function route(api: string, options: object): Promise<{ errMsg: string }> {
  return new Promise((resolve) => {
    wx()[api]?.({ ...options, success: resolve, fail: resolve })
  })
}

test('launch: app onLaunch, onShow, then the entry page onLoad → onShow → onReady', () => {
  expect(log()).toEqual([
    'app onLaunch',
    'app onShow',
    'pages/a/index onLoad {}',
    'pages/a/index onShow',
    'pages/a/index onReady',
  ])
})

test('navigateTo is asynchronous: nothing happens during the call', async () => {
  log().length = 0
  const answered = route('navigateTo', { url: '/pages/c/index?id=7' })
  expect(log()).toEqual([])
  expect((await answered).errMsg).toBe('navigateTo:ok')
  await app.settle()
  expect(log()).toEqual([
    'pages/a/index onHide',
    'pages/c/index onLoad {"id":"7"}',
    'pages/c/index onShow',
    'pages/c/index onReady',
  ])
  expect(app.program.stack.map((p) => p.route)).toEqual(['pages/a/index', 'pages/c/index'])
})

test('navigateTo refuses tab pages and unknown routes; switchTab refuses non-tab pages', async () => {
  expect((await route('navigateTo', { url: '/pages/b/index' })).errMsg).toBe(
    'navigateTo:fail can not navigateTo a tabbar page',
  )
  expect((await route('navigateTo', { url: '/pages/nope/index' })).errMsg).toBe(
    'navigateTo:fail page "pages/nope/index" is not found',
  )
  expect((await route('switchTab', { url: '/pages/c/index' })).errMsg).toBe(
    'switchTab:fail can not switch to no-tabBar page',
  )
})

test('at most 10 pages', async () => {
  for (let i = 1; i < 10; i++) {
    expect((await route('navigateTo', { url: i % 2 ? '/pages/c/index' : '/pages/d/index' })).errMsg).toBe(
      'navigateTo:ok',
    )
    await app.settle()
  }
  expect(app.program.stack).toHaveLength(10)
  expect((await route('navigateTo', { url: '/pages/c/index' })).errMsg).toBe(
    'navigateTo:fail webview count limit exceed',
  )
})

test('relative urls, navigateBack with delta, subpackage page loads on first entry', async () => {
  await route('navigateTo', { url: '../c/index' })
  await route('navigateTo', { url: '/sub/e/index' })
  await app.settle()
  expect(app.route).toBe('sub/e/index')
  log().length = 0
  await route('navigateBack', { delta: 2 })
  await app.settle()
  expect(log()).toEqual(['sub/e/index onUnload', 'pages/c/index onUnload', 'pages/a/index onShow'])
  expect((await route('navigateBack', {})).errMsg).toBe(
    'navigateBack:fail cannot navigate back at first page.',
  )
})

test('switchTab closes non-tab pages and keeps tab pages alive; reLaunch closes everything', async () => {
  await route('navigateTo', { url: '/pages/c/index' })
  await app.settle()
  log().length = 0
  await route('switchTab', { url: '/pages/b/index' })
  await app.settle()
  expect(log()).toEqual([
    'pages/c/index onUnload',
    'pages/a/index onHide',
    'pages/b/index onLoad {}',
    'pages/b/index onShow',
    'pages/b/index onReady',
  ])
  log().length = 0
  await route('switchTab', { url: '/pages/a/index' })
  await app.settle()
  expect(log()).toEqual(['pages/b/index onHide', 'pages/a/index onShow'])
  log().length = 0
  await route('reLaunch', { url: '/pages/d/index' })
  await app.settle()
  expect(log()).toEqual([
    'pages/a/index onUnload',
    'pages/b/index onUnload',
    'pages/d/index onLoad {}',
    'pages/d/index onShow',
    'pages/d/index onReady',
  ])
})
