// The harness's wx records misuse at the call: this is how the PATCH of 编辑沙龙 would have been caught.
import { Weapp } from '../harness/weapp'
import { fakeBuild } from '../support/fake-build'

test('wx.request with PATCH is recorded as misuse, and fails like on a phone', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  const wx = app.program.layer.global.wx as Record<string, (o: object) => unknown>
  const answer = await new Promise<{ errMsg: string }>((resolve) =>
    wx.request?.({ url: 'http://127.0.0.1:9/x', method: 'PATCH', success: resolve, fail: resolve }),
  )
  expect(app.problems('wx-misuse').join()).toMatch(/wx\.request: method .*PATCH/)
  expect(answer.errMsg).toMatch(/^request:fail/)
  await app.close()
})

test('an API the harness does not implement is recorded and fails with an errMsg', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  const wx = app.program.layer.global.wx as Record<string, (o: object) => unknown>
  const answer = await new Promise<{ errMsg: string }>((resolve) =>
    wx.getLocation?.({ type: 'gcj02', success: resolve, fail: resolve }),
  )
  expect(answer.errMsg).toBe('getLocation:fail not implemented in the test harness')
  expect(app.problems('unimplemented-api')).toEqual([
    'wx.getLocation called; the harness does not implement it',
  ])
  await app.close()
})
