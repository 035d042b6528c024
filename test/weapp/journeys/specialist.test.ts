// A service specialist on the compiled weapp: accepts and starts a request from the workbench, then
// replies to the enterprise in chat.
import type { Weapp } from '../harness/weapp'
import { expectClean, loginAs, setDataOf, setupWeapp } from '../support/journey'

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

/** Cards on the page: each shows its request number once. */
const cardCount = (app: Weapp) => app.text().match(/QF\d{8}-\d{4}/g)?.length ?? 0

test('specialist: 已办结 pages to its end as the list is scrolled, each page costing a page of setData', async () => {
  const counts = await weapp.api<{ byStatus: Record<string, number> }>(
    '/service-request-counts',
    'usr-spec-01',
  )
  const total = counts.byStatus.completed ?? 0
  // Months of seeded history: more than three pages of 20.
  expect(total).toBeGreaterThan(60)

  const app = await weapp.launch()
  await loginAs(app, '专员', '张敏', 'specialist/workbench/index')
  await app.waitForText('待办队列')
  await app.waitForText(`已办结\n${total}`)
  const firstPage = await setDataOf(app, async () => {
    await app.tap('已办结')
    await app.waitForText('上滑加载更多')
  })
  expect(cardCount(app)).toBe(20)

  const pages: { calls: number; bytes: number; largest: number }[] = []
  while (cardCount(app) < total) {
    const shown = cardCount(app)
    pages.push(await setDataOf(app, () => app.reachBottom()))
    // Each reach of the end brings one more page, never the whole list again.
    expect(cardCount(app)).toBe(Math.min(shown + 20, total))
  }
  await app.waitForText('没有更多了')
  expect(app.text()).not.toContain('上滑加载更多')
  expect(pages).toHaveLength(Math.ceil(total / 20) - 1)

  // The whole list as the page holds it now: what rendering every card at once had to send.
  const listBytes = JSON.stringify(app.page.data).length
  console.log(
    `已办结 (${total} cards): first page ${JSON.stringify(firstPage)}, next pages ${JSON.stringify(pages)}, page data at the end ${listBytes} B`,
  )
  // Opening the tab sends its first page only (rendering all 70 cards at once sent 71.6 KB in one call).
  expect(firstPage.largest).toBeLessThan(listBytes * 0.4)
  for (const page of pages) {
    expect(page.calls).toBeGreaterThan(0)
    // A page's worth: no more than the first page cost, and a fraction of the whole list.
    expect(page.bytes).toBeLessThan(firstPage.bytes * 1.25)
    expect(page.bytes).toBeLessThan(listBytes * 0.4)
  }
  // The short last page costs less than a full one: the cost follows the cards added, not the list.
  expect(pages[pages.length - 1]!.bytes).toBeLessThan(pages[0]!.bytes)

  // Away to 待办 and back: the tab starts again at its first page rather than sending every card.
  await app.tap('待办')
  await app.waitForText('待办队列')
  const again = await setDataOf(app, async () => {
    await app.tap('已办结')
    await app.waitForText('上滑加载更多')
  })
  expect(cardCount(app)).toBe(20)
  console.log(`已办结 shown again: ${JSON.stringify(again)}`)
  expect(again.largest).toBeLessThan(listBytes * 0.4)
  expectClean(app)
})
