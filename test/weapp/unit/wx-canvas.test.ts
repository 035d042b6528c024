// The 2D canvas as the harness models it: exports only from a drawn canvas node, the album only for
// those files and only with the user's permission, images that load or fail like WeChat's.
import { Weapp } from '../harness/weapp'
import { FakeCanvasNode } from '../harness/wx/canvas'
import { fakeBuild } from '../support/fake-build'

type Answer = { errMsg: string } & Record<string, unknown>

function call(app: Weapp, api: string, options: object): Promise<Answer> {
  const wx = app.program.layer.global.wx as Record<string, (o: object) => unknown>
  return new Promise<Answer>((resolve) => wx[api]?.({ ...options, success: resolve, fail: resolve }))
}

const node = (app: Weapp) => new FakeCanvasNode('c', (fn) => app.program.later(fn, 'test image'))

test('canvasToTempFilePath refuses what is not a canvas node, and an empty canvas', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  expect((await call(app, 'canvasToTempFilePath', { canvas: { width: 1 } })).errMsg).toBe(
    'canvasToTempFilePath:fail canvas is not a canvas node of this page',
  )
  expect((await call(app, 'canvasToTempFilePath', { canvas: node(app) })).errMsg).toBe(
    'canvasToTempFilePath:fail canvas is empty',
  )
  expect(app.wx.ui.canvasExports).toEqual([])
  await app.close()
})

test('a drawn canvas exports a PNG temp file; the album saves it, or fails on a refusal or an unknown file', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  const canvas = node(app)
  canvas.getContext('2d')!.fillText('海报', 10, 20)
  const exported = await call(app, 'canvasToTempFilePath', { canvas, fileType: 'png' })
  expect(exported).toMatchObject({
    errMsg: 'canvasToTempFilePath:ok',
    tempFilePath: 'wxfile://tmp_canvas_1.png',
  })
  expect(app.wx.ui.canvasExports).toEqual([
    { tempFilePath: 'wxfile://tmp_canvas_1.png', canvasId: 'c', texts: ['海报'] },
  ])

  expect((await call(app, 'saveImageToPhotosAlbum', { filePath: 'wxfile://tmp_9.png' })).errMsg).toBe(
    'saveImageToPhotosAlbum:fail file not found',
  )
  app.wx.ui.albumAnswers.push('deny')
  expect((await call(app, 'saveImageToPhotosAlbum', { filePath: exported.tempFilePath })).errMsg).toBe(
    'saveImageToPhotosAlbum:fail auth deny',
  )
  expect(app.wx.ui.albumSaves).toEqual([])
  expect((await call(app, 'saveImageToPhotosAlbum', { filePath: exported.tempFilePath })).errMsg).toBe(
    'saveImageToPhotosAlbum:ok',
  )
  expect(app.wx.ui.albumSaves).toEqual(['wxfile://tmp_canvas_1.png'])
  expect(app.problems()).toEqual([])
  await app.close()
})

test('createImage loads a network source later at a fixed size, fails anything else; drawImage wants a loaded one', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  const canvas = node(app)
  const ctx = canvas.getContext('2d')!
  const good = canvas.createImage()
  const bad = canvas.createImage()
  const events: string[] = []
  good.onload = () => events.push(`good ${good.width}x${good.height}`)
  bad.onerror = () => events.push('bad failed')
  expect(() => ctx.drawImage(good, 0, 0, 1, 1)).toThrow(/not a loaded canvas image/)
  good.src = 'http://127.0.0.1:9527/api/v1/files/x.png'
  bad.src = 'not-a-url'
  expect(events).toEqual([])
  await app.settle()
  expect(events.sort()).toEqual(['bad failed', 'good 1200x800'])
  ctx.drawImage(good, 0, 0, 600, 330)
  expect(canvas.ops).toEqual([{ op: 'drawImage', src: good.src, args: [0, 0, 600, 330] }])
  await app.close()
})
