// An enterprise owner on the compiled weapp sends a photo in chat: picked with chooseImage, sent with
// uploadFile, then posted as an image message whose url serves the same bytes.
import { expectClean, loginAs, setupWeapp } from '../support/journey'
import { TINY_PNG as PNG } from '../support/sample-files'

const weapp = setupWeapp()

type Message = { type: string; body: string; senderId: string }

test('owner: sends a photo in chat; the server has the image message and its bytes', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  await app.tap('发消息')
  await app.waitForRoute('pages/chat/index')
  const conversationId = String(app.page.options.conversationId)

  // Closing the picker sends nothing.
  await app.tap('＋')
  await app.tap('图片')
  expect(app.wx.ui.picks.map((p) => p.api)).toEqual(['chooseImage'])
  await app.tap('＋')
  app.wx.ui.pickAnswers.push({ files: [{ name: 'contract-page.png', bytes: PNG }] })
  await app.tap('图片')
  expect(app.wx.ui.picks[1]?.tempPaths).toEqual(['wxfile://tmp_1.png'])

  const messages = await weapp.api<{ items: Message[] }>(
    `/conversations/${conversationId}/messages`,
    'usr-owner-01',
  )
  const images = messages.items.filter((m) => m.type === 'image')
  expect(images).toHaveLength(1)
  expect(images[0]?.senderId).toBe('usr-owner-01')
  // The message's url serves the photo the user picked.
  const url = new URL(images[0]!.body, weapp.backend.server.url)
  const stored = await fetch(`${weapp.backend.server.url}${url.pathname}${url.search}`, {
    headers: { authorization: 'Bearer demo-usr-owner-01' },
  })
  expect(stored.status).toBe(200)
  expect(Buffer.from(await stored.arrayBuffer())).toEqual(PNG)
  expect(app.text()).not.toContain('发送失败')
  expectClean(app)
})
