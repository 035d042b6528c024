// wx.requestSubscribeMessage as WeChat answers it: only from a tap, at most 3 templates, and the answers
// a test queued for the user.
import { Weapp } from '../harness/weapp'
import { fakeBuild } from '../support/fake-build'

type Answer = { errMsg: string; errCode?: number } & Record<string, unknown>

async function ask(app: Weapp, tmplIds: string[]): Promise<Answer> {
  const wx = app.program.layer.global.wx as Record<string, (o: object) => unknown>
  return new Promise<Answer>((resolve) =>
    wx.requestSubscribeMessage?.({ tmplIds, success: resolve, fail: resolve }),
  )
}

test('outside a tap WeChat refuses to open the panel, and nothing is recorded as asked', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  const answer = await ask(app, ['tmpl-a'])
  expect(answer).toMatchObject({ errCode: 10005 })
  expect(answer.errMsg).toMatch(/^requestSubscribeMessage:fail can only be invoked by user TAP gesture/)
  expect(app.wx.ui.subscribeAsks).toEqual([])
  expect(app.problems('unimplemented-api')).toEqual([])
  await app.close()
})
