// An owner on the compiled weapp makes the salon's share poster: the page's 2D canvas is drawn with the
// salon's picture, title, time, place and a QR; 保存到相册 exports that canvas and saves the file; a
// refused album permission explains itself and offers the settings page.
import type { CanvasOp } from '../harness/wx/canvas'
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

interface SalonData {
  title: string
  location: string
  poster?: { url: string }
}

const rects = (ops: CanvasOp[], fill: string) =>
  ops.filter(
    (o): o is Extract<CanvasOp, { op: 'fillRect' }> =>
      o.op === 'fillRect' && 'fillStyle' in o && o.fillStyle === fill,
  )

test('owner: 生成海报 draws the salon on a 2D canvas, 保存到相册 saves it, a refusal points to settings', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  const salon = await weapp.api<SalonData>('/salons/sal-01', 'usr-owner-01')
  await app.tapTab('沙龙')
  await app.tap(salon.title)
  await app.waitForRoute('pages/salons/detail/index')

  await app.tap('生成海报')
  await app.waitForText('分享海报')
  await app.settle()
  expect(app.text()).not.toContain('海报生成中')
  expect(app.text()).not.toContain('海报生成失败')
  expect(app.wx.ui.canvases).toHaveLength(1)
  const canvas = app.wx.ui.canvases[0]!
  expect([canvas.id, canvas.width, canvas.height]).toEqual(['salon-poster-canvas', 600, 960])
  // The salon's own picture, loaded by the canvas node, cropped into the top band.
  expect(canvas.images.map((i) => i.src)).toEqual([expect.stringContaining(salon.poster!.url.split('?')[0]!)])
  expect(canvas.ops.filter((o) => o.op === 'drawImage')).toHaveLength(1)
  const texts = canvas.texts()
  expect(texts).toContain(salon.title)
  expect(texts).toContain(salon.location)
  expect(texts).toContain('扫码查看并报名')
  // A QR: many black module runs, all inside a square at the bottom left.
  const modules = rects(canvas.ops, '#000000')
  expect(modules.length).toBeGreaterThan(50)
  for (const m of modules) {
    expect(m.x).toBeGreaterThanOrEqual(40)
    expect(m.x + m.w).toBeLessThanOrEqual(40 + 176)
    expect(m.y).toBeGreaterThanOrEqual(960 - 40 - 176)
  }

  await app.tap('保存到相册')
  await app.settle()
  expect(app.wx.ui.canvasExports).toEqual([
    { tempFilePath: 'wxfile://tmp_canvas_1.png', canvasId: 'salon-poster-canvas', texts },
  ])
  expect(app.wx.ui.albumSaves).toEqual(['wxfile://tmp_canvas_1.png'])
  expect(app.wx.ui.lastToast?.title).toBe('已保存到相册')

  // The user refuses WeChat's album ask: told why, and 去设置 opens the settings page.
  app.wx.ui.albumAnswers.push('deny')
  await app.tap('保存到相册')
  await app.settle()
  expect(app.wx.ui.albumSaves).toHaveLength(1)
  expect(app.wx.ui.modals.at(-1)).toMatchObject({
    title: '无法保存到相册',
    content: expect.stringContaining('在设置中打开'),
    confirmText: '去设置',
  })
  expect(app.wx.ui.settingsOpened).toBe(1)

  // Refused again, and 取消 this time: nothing opens.
  app.wx.ui.albumAnswers.push('deny')
  app.wx.ui.modalAnswers.push({ confirm: false })
  await app.tap('保存到相册')
  await app.settle()
  expect(app.wx.ui.settingsOpened).toBe(1)

  await app.tap('关闭')
  expect(app.text()).not.toContain('分享海报')
  expectClean(app)
})
