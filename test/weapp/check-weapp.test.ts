import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// npm run check:weapp fails a build whose scan fails: here a copy of the build (WEAPP_DIR, default
// dist/weapp) with compression and lazy code loading turned back off.
const ROOT = path.resolve(__dirname, '../..')
const BUILD = path.resolve(process.env.WEAPP_DIR ?? 'dist/weapp')

function check(dir: string) {
  return spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'scripts/check-weapp.ts'), dir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  )
}

function rowOf(stdout: string, name: string): string {
  return (
    stdout.split('\n').find((line) => line.trim().startsWith(`${name} `)) ?? `no ${name} row in:\n${stdout}`
  )
}

let copy: string

beforeAll(() => {
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'check-weapp-'))
  fs.cpSync(BUILD, copy, { recursive: true })
})

afterAll(() => {
  fs.rmSync(copy, { recursive: true, force: true })
})

test('a build with compression and lazy code loading off fails on exactly those items', () => {
  const configFile = path.join(copy, 'project.config.json')
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as { setting: Record<string, unknown> }
  Object.assign(config.setting, { minified: false, minifyWXML: false, minifyWXSS: false })
  fs.writeFileSync(configFile, JSON.stringify(config, null, 2))
  const appFile = path.join(copy, 'app.json')
  const app = JSON.parse(fs.readFileSync(appFile, 'utf8')) as Record<string, unknown>
  delete app.lazyCodeLoading
  fs.writeFileSync(appFile, JSON.stringify(app))
  fs.writeFileSync(
    path.join(copy, 'base.wxml'),
    fs.readFileSync(path.join(copy, 'base.wxml'), 'utf8').replace(/></g, '>\n  <'),
  )

  const result = check(copy)
  expect(result.status).toBe(1)
  for (const name of [
    'JS_COMPRESS_OPEN',
    'WXML_COMPRESS_OPEN',
    'WXSS_COMPRESS_OPEN',
    'LAZYCODE_LOADING_OPEN',
  ]) {
    expect(rowOf(result.stdout, name)).toMatch(/ FAIL /)
  }
  expect(rowOf(result.stdout, 'BUILD_WXML_COMPRESSED')).toMatch(/ FAIL .*base\.wxml/)
  for (const name of [
    'PACKAGE_SIZE_LIMIT',
    'CONTAINS_UNUSED_CODES',
    'BUILD_JS_COMPRESSED',
    'BUILD_WXSS_COMPRESSED',
  ]) {
    expect(rowOf(result.stdout, name)).toMatch(/ pass /)
  }
  expect(result.stdout).toMatch(/^5 of \d+ items fail: /m)
})

test('no build where it is pointed: one line, exit 2', () => {
  const result = check(path.join(copy, 'nowhere'))
  expect(result.status).toBe(2)
  expect(result.stderr.trim()).toMatch(/^check-weapp: no app\.json in .*nowhere; build it first/)
})
