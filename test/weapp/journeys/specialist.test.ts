// A service specialist on the compiled weapp: accepts and starts a request from the workbench, then
// replies to the enterprise in chat.
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

test('specialist: accept and start a request, reply in chat', async () => {
  const app = await weapp.launch()
  await loginAs(app, '专员', '张敏', 'specialist/workbench/index')

  // The submitted request of 重庆云栖智联软件有限公司 on the workbench.
  await app.waitForText('QF20261127-0015')
  await app.tap('QF20261127-0015')
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
