// A service specialist on the compiled weapp: accepts and starts a request from the workbench, then
// replies to the enterprise in chat.
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

test('specialist: accept and start a request, reply in chat', async () => {
  const app = await weapp.launch()
  await loginAs(app, '专员', '张敏', 'specialist/workbench/index')

  // The submitted request of 重庆云栖智联软件有限公司 on the workbench. Its number carries the Beijing
  // day it was made, so it is read from the API rather than written here.
  const { number } = await weapp.api<{ number: string }>('/service-requests/req-0015', 'usr-spec-01')
  await app.waitForText(number)
  await app.tap(number)
  await app.waitForRoute('specialist/request/index')
  await app.waitForText('已提交')
  await app.tap('受理')
  await app.waitForText('已受理')
  await app.tap('开始办理')
  await app.waitForText('办理中')
  const request = await weapp.api<{ status: string }>(
    `/service-requests/${app.page.options.id}`,
    'usr-spec-01',
  )
  expect(request.status).toBe('in_progress')
  await app.back()
  await app.waitForText('办理中')

  // A reply in the enterprise's conversation (消息 → the enterprise → 输入消息 → 发送).
  await app.open('/specialist/messages/index')
  await app.tap('重庆飞快通航科技有限公司')
  await app.waitForRoute('pages/chat/index')
  const reply = '收到，合同我今天下午看完给您回复。'
  await app.input('输入消息', reply)
  await app.tap('发送')
  await app.waitForText(reply)
  const messages = await weapp.api<{ items: unknown[] }>(
    `/conversations/${app.page.options.conversationId}/messages`,
    'usr-owner-01',
  )
  expect(JSON.stringify(messages.items)).toContain(reply)

  expectClean(app)
  console.log(`specialist journey setData: ${JSON.stringify(app.setDataStats())}`)
})

test("specialist: the role's tab bar switches pages in place, 消息 carries the unread count", async () => {
  // An owner writes to 张敏 first, so there is something unread.
  const theirs = await weapp.api<{ items: { id: string; specialistId: string }[] }>(
    '/conversations?limit=100',
    'usr-owner-01',
  )
  const conversation = theirs.items.find((c) => c.specialistId === 'usr-spec-01')
  if (!conversation) throw new Error('no conversation with 张敏')
  const sent = await fetch(`${weapp.backend.server.url}/api/v1/conversations/${conversation.id}/messages`, {
    method: 'POST',
    headers: { authorization: 'Bearer demo-usr-owner-01', 'content-type': 'application/json' },
    body: JSON.stringify({ clientMsgId: 'tab-bar-unread', type: 'text', body: '张专员，合同发您了' }),
  })
  expect(sent.ok).toBe(true)

  const app = await weapp.launch()
  await loginAs(app, '专员', '张敏', 'specialist/workbench/index')
  await app.waitForText('待办队列')
  const conversations = await weapp.api<{ items: { unreadCount: number }[] }>(
    '/conversations?limit=100',
    'usr-spec-01',
  )
  const unread = conversations.items.reduce((total, c) => total + c.unreadCount, 0)
  expect(unread).toBeGreaterThan(0)
  // The badge: the count inside the 消息 tab, above its label.
  expect(app.view.findByText(new RegExp(`^${unread}\\n消息$`))).toBeDefined()

  const tabs: [tab: string, route: string, shows: string][] = [
    ['我的企业', 'specialist/enterprises/index', '我服务的企业与其在办申请'],
    ['消息', 'specialist/messages/index', '我服务的企业，未读优先'],
    ['我的', 'specialist/me/index', '退出登录'],
    ['工作台', 'specialist/workbench/index', '待办队列'],
  ]
  for (const [tab, route, shows] of tabs) {
    await app.tap(tab)
    await app.waitForRoute(route)
    await app.waitForText(shows)
    // Each tab replaces the page: 返回 never walks back through the tabs.
    expect(app.program.stack).toHaveLength(1)
  }
  expect(app.wx.calls.get('hideHomeButton')).toBeGreaterThan(0)
  expectClean(app)
})

test('specialist: asks for materials from the checklist', async () => {
  const app = await weapp.launch()
  await loginAs(app, '专员', '张敏', 'specialist/workbench/index')
  const inProgress = await weapp.api<{ items: { id: string; serviceType: string }[] }>(
    '/service-requests?status=in_progress',
    'usr-spec-01',
  )
  const request = inProgress.items[0]
  if (!request) throw new Error('no request in progress')
  const types = await weapp.api<{ code: string; materials: string[] }[]>('/service-types', 'usr-spec-01')
  const [material] = types.find((t) => t.code === request.serviceType)?.materials ?? []
  if (!material) throw new Error('the service type lists no materials')

  await app.open(`/specialist/request/index?id=${request.id}`)
  await app.waitForText('联系企业')
  await app.tap('要求补充材料')
  await app.waitForText(material)
  await app.tap(material)
  await app.tap('确认要求补充材料')
  await app.waitForText('待补充材料')
  const asked = await weapp.api<{ status: string; timeline: { note?: string }[] }>(
    `/service-requests/${request.id}`,
    'usr-spec-01',
  )
  expect(asked.status).toBe('awaiting_materials')
  expect(asked.timeline.at(-1)?.note).toBe(`1. ${material}`)
  expectClean(app)
})
