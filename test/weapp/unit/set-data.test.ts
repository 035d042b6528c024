// setData paths and limits as WeChat applies them; taps bubble along the bindings of base.wxml.
import { applyAtPath, checkSetData, parseDataPath, SET_DATA_LIMIT } from '../harness/set-data'
import { Weapp } from '../harness/weapp'
import { fakeBuild } from '../support/fake-build'

test('data paths: fields, indexes, Taro\'s ".[n]" form and escaped dots', () => {
  expect(parseDataPath('a.b[0].c')).toEqual(['a', 'b', 0, 'c'])
  expect(parseDataPath('root.cn.[2].v')).toEqual(['root', 'cn', 2, 'v'])
  expect(parseDataPath('a\\.b.c')).toEqual(['a.b', 'c'])
  expect(() => parseDataPath('a[x]')).toThrow('array index must be digits')
  const data: Record<string, unknown> = { a: { keep: 1 } }
  applyAtPath(data, parseDataPath('a.list[1].name'), 'n')
  expect(data).toEqual({ a: { keep: 1, list: [undefined, { name: 'n' }] } })
})

test('limits: over 1 MB, or a key set to undefined, is a problem; nested undefined is dropped silently', () => {
  expect(checkSetData({ big: 'x'.repeat(SET_DATA_LIMIT) }).problems.join()).toContain('over WeChat')
  expect(checkSetData({ a: undefined }).problems).toEqual(['Setting data field "a" to undefined is invalid'])
  const nested = checkSetData({ a: { b: undefined } })
  expect(nested.problems).toEqual([])
  expect(nested.droppedUndefined).toEqual(['a.b'])
})

test('a page setData lands in the tree; after unload and a later action it is a problem', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  const page = app.page
  page.setData({ 'root.cn.[0]': { nn: '0', sid: '_n1', cn: [{ nn: '9', v: '你好' }] } })
  expect(app.text()).toBe('你好')
  page.setData({ x: undefined })
  expect(app.problems('set-data')).toEqual(['pages/a/index: Setting data field "x" to undefined is invalid'])
  app.program.reLaunch('/pages/c/index')
  await app.settle()
  app.program.actions++
  page.setData({ late: 1 })
  expect(app.problems('set-data')[1]).toContain('after it was unloaded')
  await app.close()
})

test('a tap bubbles through bindtap ancestors and stops after catchtap', async () => {
  const app = await Weapp.launch({ buildDir: fakeBuild() })
  const log = (app.program.layer.global.global as { log: string[] }).log
  const leaf = { nn: '3', sid: 'leaf', cn: [{ nn: '9', v: '点我' }] }
  app.page.setData({
    'root.cn': [
      {
        nn: '0',
        sid: 'outer',
        cn: [{ nn: '8', sid: 'catcher', cn: [{ nn: '0', sid: 'inner', cn: [leaf] }] }],
      },
    ],
  })
  log.length = 0
  await app.tap('点我')
  expect(log.filter((l) => l.includes(' tap '))).toEqual([
    'pages/a/index tap inner leaf',
    'pages/a/index tap catcher leaf',
  ])
  await app.close()
})
