// An enterprise owner on the compiled weapp: logs in with a demo account, finds the request waiting for
// materials first on 首页 and opens it straight to the supply panel, submits a service request (联系电话
// filled from the account) and reads what happens next, messages the service specialist, books a salon
// and finds the booking under 我的报名.
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

interface Page<T> {
  items: T[]
}

test('owner: login, the to-do first, a service request, a chat message, a salon booking', async () => {
  const app = await weapp.launch()
  // Not signed in: the app sends the user to 登录.
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  await app.waitForText('您好，程飞')

  // What the specialist asked for leads 首页, quoted, and 补充材料 opens the request with the panel open.
  await app.waitForText('待您补充材料（1）')
  expect(app.text()).toContain('请补充上传法定代表人身份证复印件（正反面）。')
  await app.tap('补充材料')
  await app.waitForRoute('pages/requests/detail/index')
  expect(app.page.options.supply).toBe('1')
  await app.waitForText('确认补充材料')
  expect(app.text()).toContain('请补充上传法定代表人身份证复印件（正反面）。')
  await app.back()

  // A service request, filled in through input events and submitted.
  await app.tapTab('服务')
  await app.tap('法务支持')
  await app.waitForRoute('pages/requests/new/index')
  await app.tap('劳动用工')
  const description = '请协助审查一份三年期采购框架合同的付款与违约条款。'
  await app.input('问题描述', description)
  // 联系电话 is the account's: nothing to type.
  await app.tap('提交申请')
  // The result says what happens next: legal support goes to 陈国栋, the liaison, within 5 working days.
  await app.waitForText('申请已提交')
  expect(app.text()).toContain('专员陈国栋将在 5 个工作日内为您办结')
  // The screen says it: no toast on top of it.
  expect(app.wx.ui.lastToast?.title).not.toBe('已提交')
  const requests = await weapp.api<Page<{ fields: { description?: string; contactPhone?: string } }>>(
    '/service-requests',
    'usr-owner-01',
  )
  const created = requests.items.find((r) => r.fields.description === description)
  expect(created?.fields.contactPhone).toBe('13800000001')
  await app.tap('查看申请')
  await app.waitForRoute('pages/requests/detail/index')
  await app.waitForText(description)
  expect(app.text()).toContain('已提交')

  // A chat message to the service specialist: shown, on the server, and still there when reopened.
  await app.tapTab('首页')
  await app.tap('发消息')
  await app.waitForRoute('pages/chat/index')
  const message = '张老师好，合同明天发您。'
  await app.input('输入消息', message)
  await app.tap('发送')
  await app.waitForText(message)
  const conversationId = app.page.options.conversationId as string
  const sent = await weapp.api<Page<{ text?: string; body?: { text?: string } }>>(
    `/conversations/${conversationId}/messages`,
    'usr-spec-01',
  )
  expect(JSON.stringify(sent.items)).toContain(message)
  await app.back()
  await app.tap('发消息')
  await app.waitForRoute('pages/chat/index')
  await app.waitForText(message)
  expect(app.text()).not.toContain('发送失败')

  // A salon booking, then 我的报名 lists it.
  await app.tapTab('沙龙')
  await app.tap('低空经济企业家沙龙')
  await app.waitForRoute('pages/salons/detail/index')
  await app.tap('报名')
  await app.waitForText('已报名')
  await app.back()
  await app.tap('我的报名')
  await app.waitForRoute('pages/bookings/index')
  await app.waitForText('低空经济企业家沙龙')

  expectClean(app)
  console.log(`owner journey setData: ${JSON.stringify(app.setDataStats())}`)
})
