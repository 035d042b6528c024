// Notices and WeChat subscription messages on the compiled weapp: the notice centre opens from 我的 and
// from the 消息 bell and opens what a notice is about; after submitting a request the owner's tap asks
// WeChat for the 办理进度 template configured for the build, the answer reaches the backend, and the
// next request does not ask again while that consent is unused.
import { appEnvDefaults } from '../../../config/env'
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

/** The id the build baked in: the environment's when it set one, else config/env.ts's default. */
const PROGRESS_TEMPLATE =
  process.env.TARO_APP_SUBSCRIBE_PROGRESS_TEMPLATE ?? appEnvDefaults.TARO_APP_SUBSCRIBE_PROGRESS_TEMPLATE
const REMINDER_TEMPLATE =
  process.env.TARO_APP_SUBSCRIBE_REMINDER_TEMPLATE ?? appEnvDefaults.TARO_APP_SUBSCRIBE_REMINDER_TEMPLATE
const WAITLIST_TEMPLATE =
  process.env.TARO_APP_SUBSCRIBE_WAITLIST_TEMPLATE ?? appEnvDefaults.TARO_APP_SUBSCRIBE_WAITLIST_TEMPLATE

type App = Awaited<ReturnType<typeof weapp.launch>>

async function submitLegalRequest(app: App, description: string) {
  await app.tapTab('服务')
  await app.tap('法务支持')
  await app.waitForRoute('pages/requests/new/index')
  await app.tap('劳动用工')
  await app.input('问题描述', description)
  await app.tap('提交申请')
  await app.waitForText('申请已提交')
}

test('the notice centre opens from 我的 and the 消息 bell, and a notice opens its request', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  await app.tapTab('我的')
  // The seed's completed request, unrated for more than 3 days: an invitation to rate is waiting.
  await app.waitForText('申请进度与活动提醒')
  await app.tap('申请进度与活动提醒')
  await app.waitForRoute('pages/notices/index')
  expect(app.page.navigationBarTitle).toBe('通知')
  await app.waitForText('邀请您评价服务')
  expect(app.text()).toContain('通知（1 条未读）')
  await app.tap('邀请您评价服务')
  await app.waitForRoute('pages/requests/detail/index')
  expect(app.page.options.id).toBeTruthy()
  await app.waitForText('办理进度')
  await app.back()
  await app.waitForRoute('pages/notices/index')
  await app.waitForText('全部已读')
  expect(app.text()).not.toContain('条未读')

  // The 消息 tab's header has the bell.
  await app.tapTab('消息')
  await app.waitForText('张敏（服务专员）')
  await app.tap('通知')
  await app.waitForRoute('pages/notices/index')
  await app.waitForText('邀请您评价服务')
  expectClean(app)
})

test('after submitting, the owner’s tap asks for the configured 办理进度 template, once', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  await submitLegalRequest(app, '请协助审查一份采购框架合同的违约条款。')
  await app.waitForText('微信提醒办理进度')
  expect(app.wx.ui.subscribeAsks).toEqual([])
  await app.tap('接收提醒')
  expect(app.wx.ui.lastToast?.title).toBe('已开启办理进度提醒')
  expect(app.wx.ui.subscribeAsks).toEqual([
    { tmplIds: [PROGRESS_TEMPLATE], answers: { [PROGRESS_TEMPLATE]: 'accept' } },
  ])
  expect(app.text()).not.toContain('微信提醒办理进度')
  // The backend recorded who agreed to what.
  const consent = weapp.backend.server.backend.inspect().subscriptions.get('usr-owner-01|request_progress')
  expect(consent).toMatchObject({ templateId: PROGRESS_TEMPLATE, lastResult: 'accept', available: 1 })

  // The next request: the accepted consent is still unused, so nothing is offered or asked.
  await app.tap('返回首页')
  await app.waitForRoute('pages/home/index')
  await submitLegalRequest(app, '请协助审查一份租赁合同的续租条款。')
  expect(app.text()).not.toContain('微信提醒办理进度')
  expect(app.wx.ui.subscribeAsks).toHaveLength(1)
  expectClean(app)
})

test('waitlisted, the owner is asked for 候补递补 and 开场提醒 in one panel; each answer is kept', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  await app.tapTab('沙龙')
  // 银企对接专场 is full: booking puts 程飞 on the waitlist.
  await app.tap('银企对接专场')
  await app.waitForRoute('pages/salons/detail/index')
  await app.tap('加入候补')
  await app.waitForText('微信提醒递补与开场')
  // The user takes the waitlist message and declines the reminder.
  app.wx.ui.subscribeAnswers.push({ [WAITLIST_TEMPLATE]: 'accept', [REMINDER_TEMPLATE]: 'reject' })
  await app.tap('接收提醒')
  expect(app.wx.ui.subscribeAsks).toEqual([
    {
      tmplIds: [WAITLIST_TEMPLATE, REMINDER_TEMPLATE],
      answers: { [WAITLIST_TEMPLATE]: 'accept', [REMINDER_TEMPLATE]: 'reject' },
    },
  ])
  expect(app.wx.ui.lastToast?.title).toBe('已开启微信提醒')
  // Both answered just now: nothing left to offer on this page.
  expect(app.text()).not.toContain('微信提醒递补与开场')
  const consents = weapp.backend.server.backend.inspect().subscriptions
  expect(consents.get('usr-owner-01|waitlist_promoted')).toMatchObject({ lastResult: 'accept', available: 1 })
  expect(consents.get('usr-owner-01|salon_reminder')).toMatchObject({ lastResult: 'reject', available: 0 })
  expectClean(app)
})
