// The app shell on the compiled weapp: WeChat's own navigation bar gets the chat partner's name, a
// 404 offers 返回 (not 重试) and leads to the role's home, and a pull to refresh always folds away.
// (Offline pulls and page chunks that fail to load are H5's: test/e2e/shell.e2e.ts.)
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

test('chat title, a 404 that leads home, a pull to refresh that ends', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')

  // The room's title is the other party, set when the conversation loads.
  const conversations = await weapp.api<{ items: { id: string; title: string }[] }>(
    '/conversations',
    'usr-owner-01',
  )
  const liaison = conversations.items.find((c) => c.title === '陈国栋（联络专员）')
  expect(liaison).toBeTruthy()
  await app.open(`/pages/chat/index?conversationId=${liaison?.id}`)
  // The page's config says 聊天 until the conversation is loaded; then its title is the partner's.
  expect(app.page.navigationBarTitle).toBe('陈国栋（联络专员）')
  await app.back()

  // A request that does not exist: gone, and 返回 — opened on its own, so to the owner's home.
  app.program.reLaunch('/pages/requests/detail/index?id=req-does-not-exist')
  await app.waitForRoute('pages/requests/detail/index')
  await app.waitForText('该内容不存在或已被删除')
  expect(app.text()).not.toContain('重试')
  await app.tap('返回')
  await app.waitForRoute('pages/home/index')

  // A pull to refresh that works ends its spinner and says nothing.
  const stops = app.wx.ui.pullDownStops
  const toastBefore = app.wx.ui.lastToast
  await app.pullDownRefresh()
  expect(app.wx.ui.pullDownStops).toBe(stops + 1)
  expect(app.wx.ui.lastToast).toBe(toastBefore)
  expectClean(app)
})
