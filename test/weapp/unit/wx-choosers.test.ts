// WeChat's pickers as the harness models them: the user's queued pick (or a cancel), WeChat's result
// shapes, the count limit, bad options refused, and temp files whose bytes uploadFile sends.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { Weapp } from '../harness/weapp'
import { fakeBuild } from '../support/fake-build'

type Answer = { errMsg: string } & Record<string, unknown>

// A real 1×1 PNG and the start of a 2×3 JPEG (SOI, APP0, SOF0): what the pickers hand out is bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x03, 0x00, 0x02, 0x01,
  0x01, 0x11, 0x00, 0xff, 0xd9,
])
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n')

function call(app: Weapp, api: string, options: object): Promise<Answer> {
  const wx = app.program.layer.global.wx as Record<string, (o: object) => unknown>
  return new Promise<Answer>((resolve) => wx[api]?.({ ...options, success: resolve, fail: resolve }))
}

test('chooseMedia hands over the queued photos as temp files, with WeChat’s result shape', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  app.wx.ui.pickAnswers.push({
    files: [
      { name: 'site.png', bytes: PNG },
      { name: 'door.jpg', bytes: JPEG },
    ],
  })
  const answer = await call(app, 'chooseMedia', { count: 9, mediaType: ['image'], sizeType: ['compressed'] })
  expect(answer).toEqual({
    errMsg: 'chooseMedia:ok',
    type: 'image',
    tempFiles: [
      {
        tempFilePath: 'wxfile://tmp_1.png',
        size: PNG.length,
        fileType: 'image',
        width: 1,
        height: 1,
        duration: 0,
        thumbTempFilePath: '',
      },
      {
        tempFilePath: 'wxfile://tmp_2.jpg',
        size: JPEG.length,
        fileType: 'image',
        width: 2,
        height: 3,
        duration: 0,
        thumbTempFilePath: '',
      },
    ],
  })
  expect(Buffer.from(app.wx.files.get('wxfile://tmp_1.png')!.bytes)).toEqual(PNG)
  expect(app.wx.files.get('wxfile://tmp_2.jpg')?.mime).toBe('image/jpeg')
  expect(app.wx.ui.picks).toEqual([
    {
      api: 'chooseMedia',
      options: { count: 9, mediaType: ['image'], sizeType: ['compressed'] },
      tempPaths: ['wxfile://tmp_1.png', 'wxfile://tmp_2.jpg'],
      overCount: 0,
    },
  ])
  expect(app.problems()).toEqual([])
  await app.close()
})

test('chooseImage and chooseMessageFile answer in their own shapes', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  app.wx.ui.pickAnswers.push({ files: [{ name: 'poster.png', bytes: PNG }] })
  expect(await call(app, 'chooseImage', { count: 1 })).toEqual({
    errMsg: 'chooseImage:ok',
    tempFilePaths: ['wxfile://tmp_1.png'],
    tempFiles: [{ path: 'wxfile://tmp_1.png', size: PNG.length }],
  })

  app.wx.ui.pickAnswers.push({ files: [{ name: '营业执照.pdf', bytes: PDF }] })
  const before = Math.floor(Date.now() / 1000)
  const answer = await call(app, 'chooseMessageFile', { count: 9, type: 'file', extension: ['pdf', 'png'] })
  expect(answer).toEqual({
    errMsg: 'chooseMessageFile:ok',
    tempFiles: [
      {
        path: 'wxfile://tmp_2.pdf',
        size: PDF.length,
        name: '营业执照.pdf',
        type: 'file',
        time: expect.any(Number),
      },
    ],
  })
  const [file] = answer.tempFiles as { time: number }[]
  expect(file!.time).toBeGreaterThanOrEqual(before)
  expect(app.wx.files.get('wxfile://tmp_2.pdf')?.mime).toBe('application/pdf')
  expect(app.problems()).toEqual([])
  await app.close()
})

test('nothing queued, or a queued cancel, is WeChat’s fail cancel in a later macrotask; the Promise form rejects', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  const wx = app.program.layer.global.wx as Record<string, (o?: object) => unknown>
  let answered: Answer | undefined
  wx.chooseMedia?.({ fail: (a: Answer) => (answered = a) })
  expect(answered).toBeUndefined()
  await app.settle()
  expect(answered).toEqual({ errMsg: 'chooseMedia:fail cancel' })

  app.wx.ui.pickAnswers.push('cancel')
  expect(await call(app, 'chooseImage', {})).toEqual({ errMsg: 'chooseImage:fail cancel' })
  await expect(wx.chooseMessageFile?.({ count: 1 })).rejects.toEqual({
    errMsg: 'chooseMessageFile:fail cancel',
  })
  expect(app.wx.ui.picks.map((p) => p.tempPaths)).toEqual([[], [], []])
  expect(app.wx.files.paths()).toEqual([])
  expect(app.problems()).toEqual([])
  await app.close()
})

test('the user can tick no more than count: the rest of a queued pick stays behind', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  const three = ['a.png', 'b.png', 'c.png'].map((name) => ({ name, bytes: PNG }))
  app.wx.ui.pickAnswers.push({ files: three })
  const answer = await call(app, 'chooseImage', { count: 2 })
  expect(answer.tempFilePaths).toEqual(['wxfile://tmp_1.png', 'wxfile://tmp_2.png'])
  expect(app.wx.ui.picks[0]?.overCount).toBe(1)
  app.wx.ui.pickAnswers.push({ files: three })
  expect((await call(app, 'chooseMedia', { count: 1 })).tempFiles).toHaveLength(1)
  expect(app.wx.files.paths()).toHaveLength(3)
  await app.close()
})

test('bad options fail with a parameter error and open no picker; a misuse of the typings is recorded', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  app.wx.ui.pickAnswers.push({ files: [{ name: 'a.png', bytes: PNG }] })
  expect((await call(app, 'chooseMedia', { count: 21 })).errMsg).toBe(
    'chooseMedia:fail parameter error: count should be an integer from 1 to 20, got 21',
  )
  expect((await call(app, 'chooseImage', { count: 0 })).errMsg).toBe(
    'chooseImage:fail parameter error: count should be an integer from 1 to 9, got 0',
  )
  expect((await call(app, 'chooseMessageFile', { count: 101 })).errMsg).toBe(
    'chooseMessageFile:fail parameter error: count should be an integer from 0 to 100, got 101',
  )
  expect((await call(app, 'chooseMedia', { mediaType: ['photo'] })).errMsg).toBe(
    'chooseMedia:fail parameter error: mediaType items should be one of image, video, mix, got "photo"',
  )
  expect(
    (await call(app, 'chooseMessageFile', { count: 1, type: 'file', extension: ['pdf', ''] })).errMsg,
  ).toBe('chooseMessageFile:fail parameter error: extension items should be non-empty strings')
  expect(app.wx.ui.picks).toEqual([])
  // The answer nobody consumed is still queued for the next picker.
  expect(app.wx.ui.pickAnswers).toHaveLength(1)
  expect(app.problems('wx-misuse')).toEqual([])

  // chooseMessageFile's count is required; a string for a number is the typings' misuse.
  await call(app, 'chooseMessageFile', {})
  await call(app, 'chooseImage', { count: '1' })
  expect(app.problems('wx-misuse')).toEqual([
    'wx.chooseMessageFile: required field count is missing',
    'wx.chooseImage: count should be number, got "1"',
  ])
  await app.close()
})

test('a queued file the picker does not offer is reported as the test’s mistake, not handed over', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  app.wx.ui.pickAnswers.push({ files: [{ name: '营业执照.pdf', bytes: PDF }] })
  expect((await call(app, 'chooseMedia', { mediaType: ['image'] })).errMsg).toBe('chooseMedia:fail cancel')
  app.wx.ui.pickAnswers.push({
    files: [
      { name: 'clip.mp4', bytes: PNG },
      { name: 'ok.png', bytes: PNG },
    ],
  })
  const answer = await call(app, 'chooseMedia', { mediaType: ['image'] })
  expect((answer.tempFiles as unknown[]).length).toBe(1)
  app.wx.ui.pickAnswers.push({ files: [{ name: 'notes.txt', bytes: PDF }] })
  await call(app, 'chooseMessageFile', { count: 1, type: 'file', extension: ['pdf'] })
  expect(app.problems('test-setup')).toEqual([
    'wx.chooseMedia was answered with "营业执照.pdf", which it does not offer: the album holds photos and videos only',
    'wx.chooseMedia was answered with "clip.mp4", which it does not offer: mediaType is image',
    'wx.chooseMessageFile was answered with "notes.txt", which it does not offer: extension is pdf',
  ])
  await app.close()
})

test('uploadFile sends the picked file’s bytes', async () => {
  const received: Buffer[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push(Buffer.concat(chunks))
      res.end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  try {
    app.wx.ui.pickAnswers.push({ files: [{ name: 'site.jpg', bytes: JPEG }] })
    const picked = await call(app, 'chooseMedia', { count: 1 })
    const path = (picked.tempFiles as { tempFilePath: string }[])[0]!.tempFilePath
    const sent = await call(app, 'uploadFile', {
      url: `http://127.0.0.1:${port}/up`,
      filePath: path,
      name: 'file',
    })
    expect(sent).toMatchObject({ errMsg: 'uploadFile:ok', statusCode: 200 })
    const body = received[0]!
    expect(body.includes(JPEG)).toBe(true)
    expect(body.toString('latin1')).toContain(`filename="tmp_1.jpg"`)
    expect(body.toString('latin1')).toContain('Content-Type: image/jpeg')
    expect(app.problems()).toEqual([])
  } finally {
    await app.close()
    await new Promise((resolve) => server.close(resolve))
  }
})
