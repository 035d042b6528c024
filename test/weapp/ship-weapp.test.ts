import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { planShipping } from '../../scripts/ship-weapp'

// The shipping script's arguments and environment; the network calls to WeChat are not made here.
const ROOT = path.resolve(__dirname, '../..')
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')
const SCRIPT = path.join(ROOT, 'scripts/ship-weapp.ts')
const SHIP_VARS = ['MP_APPID', 'MP_PRIVATE_KEY_PATH', 'MP_ROBOT', 'WEAPP_DIR', 'TARO_APP_API_BASE_URL']

function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of SHIP_VARS) delete env[name]
  return { ...env, ...extra }
}

function runScript(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(TSX, [SCRIPT, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 })
}

let keyDir: string
let keyPath: string

beforeAll(() => {
  keyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ship-weapp-'))
  keyPath = path.join(keyDir, 'private.wx0123456789abcdef.key')
  fs.writeFileSync(
    keyPath,
    '-----BEGIN RSA PRIVATE KEY-----\nnot a real key\n-----END RSA PRIVATE KEY-----\n',
  )
})

afterAll(() => {
  fs.rmSync(keyDir, { recursive: true, force: true })
})

describe('npm run preview:weapp / upload:weapp from the command line', () => {
  test.each(['preview', 'upload'])(
    '%s without the WeChat settings: one line of what to set, exit 2',
    (action) => {
      const result = runScript([action], cleanEnv())
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      const lines = result.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^ship-weapp: set MP_APPID .*MP_PRIVATE_KEY_PATH .*TARO_APP_API_BASE_URL/)
    },
  )

  test('--dry-run with everything set prints the plan: package.json version, last commit subject', () => {
    const result = runScript(
      ['upload', '--dry-run'],
      cleanEnv({ MP_APPID: 'wx0123456789abcdef', MP_PRIVATE_KEY_PATH: keyPath, WEAPP_DIR: 'dist/weapp' }),
    )
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const version = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
    ).version
    const subject = execFileSync('git', ['log', '-1', '--format=%s'], { cwd: ROOT, encoding: 'utf8' }).trim()
    expect(JSON.parse(result.stdout)).toEqual({
      action: 'upload',
      appid: 'wx0123456789abcdef',
      privateKeyPath: keyPath,
      robot: 1,
      version,
      desc: subject,
      dir: path.join(ROOT, 'dist/weapp'),
      build: false,
    })
  })
})

describe('what planShipping refuses, each with one line', () => {
  const valid = { MP_APPID: 'wx0123456789abcdef', TARO_APP_API_BASE_URL: 'https://api.example.com' }

  test('only the missing settings are named', () => {
    expect(planShipping(['preview'], { ...valid })).toBe(
      'ship-weapp: set MP_PRIVATE_KEY_PATH (its code upload .key file); README: 发布到微信 / Shipping to WeChat',
    )
  })

  test('an action other than preview or upload', () => {
    expect(planShipping(['publish'], { ...valid, MP_PRIVATE_KEY_PATH: keyPath })).toMatch(
      /^usage: .*preview\|upload/,
    )
    expect(planShipping([], { ...valid, MP_PRIVATE_KEY_PATH: keyPath })).toMatch(/^usage: /)
  })

  test("the tourist appid, or anything that is not WeChat's AppID shape", () => {
    expect(
      planShipping(['upload'], { ...valid, MP_APPID: 'touristappid', MP_PRIVATE_KEY_PATH: keyPath }),
    ).toMatch(/MP_APPID touristappid is not an AppID/)
  })

  test('a key path that is missing or empty', () => {
    expect(
      planShipping(['upload'], { ...valid, MP_PRIVATE_KEY_PATH: path.join(keyDir, 'none.key') }),
    ).toMatch(/MP_PRIVATE_KEY_PATH .*none\.key is not a key file/)
    const empty = path.join(keyDir, 'empty.key')
    fs.writeFileSync(empty, '')
    expect(planShipping(['upload'], { ...valid, MP_PRIVATE_KEY_PATH: empty })).toMatch(
      /empty\.key is not a key file/,
    )
  })

  test.each(['0', '31', '2.5', 'two'])('MP_ROBOT=%s', (robot) => {
    expect(planShipping(['upload'], { ...valid, MP_PRIVATE_KEY_PATH: keyPath, MP_ROBOT: robot })).toMatch(
      /MP_ROBOT .* must be a whole number from 1 to 30/,
    )
  })

  test('building the release needs an https origin for the backend; a given build does not', () => {
    const env = { ...valid, MP_PRIVATE_KEY_PATH: keyPath }
    expect(planShipping(['upload'], { ...env, TARO_APP_API_BASE_URL: 'http://127.0.0.1:9527' })).toMatch(
      /must be an https origin/,
    )
    const plan = planShipping(['upload'], {
      ...env,
      TARO_APP_API_BASE_URL: undefined,
      WEAPP_DIR: 'dist/x',
      MP_ROBOT: '7',
    })
    expect(plan).toMatchObject({ build: false, robot: 7, dir: path.join(ROOT, 'dist/x') })
    expect(planShipping(['preview'], env)).toMatchObject({
      build: true,
      dir: path.join(ROOT, 'dist/weapp-release'),
    })
  })
})
