// The logic layer holds what WeChat's has and nothing of Node's or a browser's.
import { Weapp } from '../harness/weapp'
import { fakeBuild } from '../support/fake-build'

async function evaluate(expression: string) {
  const dir = fakeBuild({ 'app.js': `App({}); global.result = (function () { ${expression} })()` })
  const app = await Weapp.launch({ buildDir: dir })
  const result = (app.program.layer.global.global as Record<string, unknown>).result
  await app.close()
  return result
}

test.each([
  'window',
  'document',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'fetch',
  'XMLHttpRequest',
  'AbortController',
  'Buffer',
  'process',
  'setImmediate',
  'WebSocket',
])('%s is not there', async (name) => {
  expect(await evaluate(`return typeof ${name}`)).toBe('undefined')
})

test('WeChat globals are there; `global` is a plain object, not the global scope', async () => {
  expect(
    await evaluate(
      'return [typeof wx, typeof App, typeof Page, typeof Component, typeof Behavior, typeof getApp, typeof getCurrentPages, typeof __wxConfig, typeof setTimeout, typeof Promise, global === globalThis].join()',
    ),
  ).toBe('object,function,function,function,function,function,function,object,function,function,false')
})

test('eval and new Function throw; only new Function("return this") works, as in WeChat', async () => {
  expect(await evaluate('try { eval("1 + 1"); return "ran" } catch (e) { return e.name }')).toBe('EvalError')
  expect(await evaluate('try { new Function("return 1")(); return "ran" } catch (e) { return e.name }')).toBe(
    'EvalError',
  )
  expect(await evaluate('return new Function("return this")() === globalThis')).toBe(true)
})

test('require: relative to the file, .js optional, cached; nothing outside the package', async () => {
  const dir = fakeBuild({
    'app.js': `App({});
      var a = require('./lib/a'); var again = require('lib/a.js');
      global.result = [a.name, a === again, a.count];
      try { require('react') } catch (e) { global.result.push(e.message) }
      try { require('../outside') } catch (e) { global.result.push(e.message) }`,
    'lib/a.js': `var b = require('./b'); module.exports = { name: b, count: (global.loads = (global.loads || 0) + 1) }`,
    'lib/b.js': `module.exports = 'b'`,
  })
  const app = await Weapp.launch({ buildDir: dir })
  expect((app.program.layer.global.global as Record<string, unknown>).result).toEqual([
    'b',
    true,
    1,
    'module "react.js" is not defined',
    'module "../outside" is not defined',
  ])
  await app.close()
})

test('an error thrown in a timer callback is recorded as uncaught and goes to App.onError', async () => {
  const dir = fakeBuild({
    'app.js': `App({ onError: function (m) { global.seen = m } }); setTimeout(function () { throw new Error('boom') }, 0)`,
  })
  const app = await Weapp.launch({ buildDir: dir })
  expect(app.problems('uncaught-error').join()).toContain('boom')
  expect(String((app.program.layer.global.global as Record<string, unknown>).seen)).toContain('boom')
  await app.close()
})

test('an unhandled rejection in the app is recorded', async () => {
  const dir = fakeBuild({ 'app.js': `App({}); Promise.reject(new Error('nobody catches this'))` })
  const app = await Weapp.launch({ buildDir: dir })
  await app.settle()
  expect(app.problems('unhandled-rejection').join()).toContain('nobody catches this')
  await app.close()
})
