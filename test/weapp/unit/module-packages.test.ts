// Packages in WeChat's module system: no synchronous require into another subpackage, and 分包异步化's
// require.async (a later macrotask, a Promise of the exports, or { mod, errMsg }), as the default build's
// mock backend uses it.
import { Weapp } from '../harness/weapp'
import { fakeBuild } from '../support/fake-build'

const APP_JSON = JSON.stringify({
  pages: ['pages/a/index', 'pages/b/index', 'pages/c/index', 'pages/d/index'],
  subPackages: [
    { root: 'sub', pages: ['e/index'] },
    { root: 'lazy', pages: [] },
  ],
  tabBar: { list: ['pages/a/index', 'pages/b/index'].map((pagePath) => ({ pagePath, text: pagePath })) },
})

async function run(appJs: string, files: Record<string, string> = {}, entry?: string) {
  const dir = fakeBuild({
    'app.json': APP_JSON,
    'lazy/lib.js': 'module.exports = { answer: 42, shared: require("../shared.js").name }',
    'shared.js': 'module.exports = { name: "main" }',
    'app.js': `App({}); ${appJs}`,
    ...files,
  })
  const app = await Weapp.launch({ buildDir: dir, entry })
  const result = (app.program.layer.global.global as Record<string, unknown>).result
  const fetched = [...app.program.fetchedPackages]
  await app.close()
  return { result, fetched }
}

test('the main package cannot require a subpackage file synchronously', async () => {
  const { result, fetched } = await run(
    'try { require("./lazy/lib.js"); global.result = "loaded" } catch (e) { global.result = e.message }',
  )
  expect(result).toMatch(/subpackage lazy.*require\.async/)
  expect(fetched).toEqual([])
})

test('require.async answers later with the exports; the subpackage may require the main package', async () => {
  const { result, fetched } = await run(
    'global.result = "pending"; require.async("./lazy/lib.js").then(function (m) { global.result = m.answer + " " + m.shared })',
  )
  expect(result).toBe('42 main')
  expect(fetched).toEqual(['lazy'])
})

test('require.async of a missing file rejects with { mod, errMsg }', async () => {
  const { result } = await run(
    'require.async("./lazy/missing.js").catch(function (e) { global.result = e.mod + " | " + (typeof e.errMsg) })',
  )
  expect(result).toBe('lazy/missing.js | string')
})

test('a subpackage cannot require another subpackage synchronously', async () => {
  const page =
    'try { require("../../lazy/lib.js"); global.result = "loaded" } catch (e) { global.result = e.message }\nPage({ data: { root: { cn: [] } } })'
  const { result } = await run('', { 'sub/e/index.js': page }, 'sub/e/index')
  expect(result).toMatch(/subpackage lazy.*sub\/e\/index\.js/)
})
