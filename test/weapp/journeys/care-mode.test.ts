// 关怀模式 on the compiled weapp: switched on in 我的, it is on every page the user opens, and still on
// after WeChat kills the mini-program and the user comes back (the setting lives in wx storage).
import type { Weapp } from '../harness/weapp'
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

/** The class of the page's root view: where the theme's `.care` tokens have to be set. */
function rootClass(app: Weapp): string {
  return String(app.view.roots[0]?.cl ?? '')
}

test('关怀模式: switched on in 我的, on every page, and still on after a restart', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  expect(rootClass(app)).not.toContain('care')

  await app.tapTab('我的')
  await app.waitForText('关怀模式')
  await app.tap('关怀模式')
  await app.settle()
  expect(rootClass(app)).toContain('care')
  expect(app.wx.storage.dump()['qfgj-preferences']).toContain('"careMode":true')

  for (const tab of ['首页', '服务', '消息', '沙龙']) {
    await app.tapTab(tab)
    expect({ tab, root: rootClass(app) }).toEqual({ tab, root: expect.stringContaining('care') })
  }
  await app.open('/pages/requests/index')
  expect(rootClass(app)).toContain('care')
  expectClean(app)

  // A cold start with the phone's storage as the first run left it.
  const storage = app.wx.storage.dump()
  await app.close()
  const again = await weapp.launch({ storage })
  await again.waitForRoute('pages/home/index')
  await again.waitForText('我的双专员')
  expect(rootClass(again)).toContain('care')
  await again.tapTab('我的')
  await again.waitForText('关怀模式')
  expect(rootClass(again)).toContain('care')
  expectClean(again)
})

// The setting as a phone that turned it on earlier stores it.
const CARE_ON = { 'qfgj-preferences': JSON.stringify({ state: { careMode: true }, version: 1 }) }

type Role = '企业主' | '专员' | '管理员'
const EVERY_PAGE: [Role, string, string, string[]][] = [
  [
    '企业主',
    '程飞',
    'pages/home/index',
    [
      '/pages/home/index',
      '/pages/services/index',
      '/pages/messages/index',
      '/pages/salons/index',
      '/pages/me/index',
      '/pages/salons/detail/index?id=sal-01',
      '/pages/bookings/index',
      '/pages/requests/index',
      '/pages/requests/new/index?type=legal_support',
      '/pages/requests/detail/index?id=req-0006',
    ],
  ],
  [
    '专员',
    '张敏',
    'specialist/workbench/index',
    [
      '/specialist/workbench/index',
      '/specialist/enterprises/index',
      '/specialist/request/index?id=req-0006',
      '/specialist/messages/index',
      '/specialist/me/index',
    ],
  ],
  [
    '管理员',
    '周婷',
    'admin/salons/index',
    [
      '/admin/salons/index',
      '/admin/check-in/index',
      '/admin/salon-form/index',
      '/admin/bookings/index?salonId=sal-01',
      '/admin/me/index',
    ],
  ],
]

test.each(EVERY_PAGE)('关怀模式 reaches every page of the %s', async (role, name, home, urls) => {
  const app = await weapp.launch({ storage: CARE_ON })
  await app.waitForRoute('pages/login/index')
  expect(rootClass(app)).toContain('care')
  await loginAs(app, role, name, home)
  for (const url of urls) {
    await app.open(url)
    expect({ url, root: rootClass(app) }).toEqual({ url, root: expect.stringContaining('care') })
    if (app.program.stack.length > 1) await app.back()
  }
  expectClean(app)
})
