// The admin on the compiled weapp gives a salon a new poster in 活动资料: picked with chooseImage, sent
// with uploadFile, saved on the salon. A picture of a type the poster can't be is refused first.
import { expectClean, loginAs, setupWeapp } from '../support/journey'
import { TINY_PNG as PNG } from '../support/sample-files'

const weapp = setupWeapp()

// A tiny valid GIF (1×1): an image WeChat's picker offers, which the poster does not take.
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

type Salon = { poster?: { id: string; url: string; mime: string; size: number } }

test('admin: a GIF poster is refused with a reason; a PNG uploads and the salon keeps it', async () => {
  const app = await weapp.launch()
  await loginAs(app, '管理员', '周婷', 'admin/salons/index')
  const before = await weapp.api<Salon>('/salons/sal-01', 'usr-admin-01')
  await app.open('/admin-salon/program/index?id=sal-01')
  await app.waitForText('保存活动资料')
  const posterButton = before.poster ? '更换海报' : '上传海报'

  app.wx.ui.pickAnswers.push({ files: [{ name: 'poster.gif', bytes: GIF }] })
  await app.tap(posterButton)
  // The temp file's name is what the app sees on a phone: WeChat's picker gives no original name.
  expect(app.wx.ui.lastToast?.title).toMatch(/^「tmp_1\.gif」格式不支持，仅支持 /)
  expect(app.wx.calls.get('uploadFile') ?? 0).toBe(0)

  app.wx.ui.pickAnswers.push({ files: [{ name: 'poster.png', bytes: PNG }] })
  await app.tap(posterButton)
  expect(app.wx.calls.get('uploadFile')).toBe(1)
  await app.waitForText('更换海报')
  await app.tap('保存活动资料')
  await app.waitForRoute('admin/salons/index')

  const after = await weapp.api<Salon>('/salons/sal-01', 'usr-admin-01')
  expect(after.poster).toMatchObject({ mime: 'image/png', size: PNG.length })
  expect(after.poster?.id).not.toBe(before.poster?.id)
  const url = new URL(after.poster!.url, weapp.backend.server.url)
  const stored = await fetch(`${weapp.backend.server.url}${url.pathname}${url.search}`, {
    headers: { authorization: 'Bearer demo-usr-admin-01' },
  })
  expect(stored.status).toBe(200)
  expect(Buffer.from(await stored.arrayBuffer())).toEqual(PNG)
  expectClean(app)
})
