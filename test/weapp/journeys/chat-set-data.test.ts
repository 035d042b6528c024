// What one new chat message costs WeChat in the 2,000-message room (issue 13): the bounded render
// window and memoized rows mean Taro sends the new row (and the pill or status change), not the list.
import { expectClean, loginAs, setDataOf, setupWeapp } from '../support/journey'

const weapp = setupWeapp()
const BIG_ROOM = 'cnv-ent-01-usr-spec-01'
const LIMIT = 2 * 1024

test('a new message in the 2,000-message room costs under 2 KB of setData, sent or received', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  await app.open(`/pages/chat/index?conversationId=${BIG_ROOM}`)
  await app.waitForRoute('pages/chat/index')
  await app.settle()

  const mine = '营业执照的副本我下午送过去。'
  await app.input('输入消息', mine)
  const sent = await setDataOf(app, async () => {
    await app.tap('发送')
    await app.waitForText(mine)
  })

  const theirs = '好的，程总，我在办公室等您。'
  const received = await setDataOf(app, async () => {
    const response = await fetch(`${weapp.backend.server.url}/api/v1/conversations/${BIG_ROOM}/messages`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-usr-spec-01', 'content-type': 'application/json' },
      body: JSON.stringify({ clientMsgId: 'weapp-set-data-1', type: 'text', body: theirs }),
    })
    expect(response.status).toBe(201)
    await app.waitForText(theirs)
  })

  console.log(
    `one new message in the 2,000-message room: sent ${JSON.stringify(sent)}, received ${JSON.stringify(received)}`,
  )
  for (const figures of [sent, received]) {
    expect(figures.calls).toBeGreaterThan(0)
    expect(figures.largest).toBeLessThan(LIMIT)
    expect(figures.bytes).toBeLessThan(LIMIT * 2)
  }
  expectClean(app)
})
