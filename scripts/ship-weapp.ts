/**
 * `npm run preview:weapp` / `npm run upload:weapp`: ships the WeChat build with miniprogram-ci. Preview
 * prints a QR code a team member scans in WeChat; upload makes a development version that the admin can
 * submit for review in 微信公众平台. Version: package.json; description: the last commit's subject.
 *
 * Environment (README, 发布到微信):
 *   MP_APPID               the mini-program's AppID (wx + 16 hex digits)
 *   MP_PRIVATE_KEY_PATH    its code upload key (the downloaded private.<appid>.key)
 *   MP_ROBOT               optional, 1–30: which of WeChat's CI robots uploads (default 1)
 *   WEAPP_DIR              optional: ship this build as it is; otherwise the script builds the release
 *                          (remote mode) into dist/weapp-release, which needs
 *   TARO_APP_API_BASE_URL  the backend origin the phone talks to (https://…, in the request domain list)
 *
 * Without what it needs it prints one line saying what to set and exits 2, before loading anything.
 * The build is scanned (npm run check:weapp) before anything leaves the machine. `--dry-run` stops after
 * the checks and prints the plan as JSON.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { formatRows, notABuild, scanWeapp } from './weapp-quality'

const ROOT = path.resolve(__dirname, '..')
const RELEASE_DIR = 'dist/weapp-release'

export interface ShipPlan {
  action: 'preview' | 'upload'
  appid: string
  privateKeyPath: string
  robot: number
  version: string
  desc: string
  /** The build to ship; `build` says whether the script makes it first. */
  dir: string
  build: boolean
}

/** The plan, or the one line telling what to set. */
export function planShipping(argv: string[], env: Record<string, string | undefined>): ShipPlan | string {
  const action = argv.find((arg) => !arg.startsWith('--'))
  if (action !== 'preview' && action !== 'upload') {
    return 'usage: tsx scripts/ship-weapp.ts preview|upload [--dry-run] (npm run preview:weapp / upload:weapp)'
  }
  const build = !env.WEAPP_DIR
  const missing = [
    !env.MP_APPID && "MP_APPID (the mini-program's AppID)",
    !env.MP_PRIVATE_KEY_PATH && 'MP_PRIVATE_KEY_PATH (its code upload .key file)',
    build && !env.TARO_APP_API_BASE_URL && 'TARO_APP_API_BASE_URL (the https origin of the backend)',
  ].filter(Boolean)
  if (missing.length > 0) {
    return `ship-weapp: set ${missing.join(', ')}; README: 发布到微信 / Shipping to WeChat`
  }
  const appid = env.MP_APPID as string
  if (!/^wx[0-9a-f]{16}$/.test(appid))
    return `ship-weapp: MP_APPID ${appid} is not an AppID (wx + 16 hex digits)`
  const privateKeyPath = path.resolve(env.MP_PRIVATE_KEY_PATH as string)
  if (!fs.existsSync(privateKeyPath) || fs.statSync(privateKeyPath).size === 0) {
    return `ship-weapp: MP_PRIVATE_KEY_PATH ${privateKeyPath} is not a key file (download it in 微信公众平台)`
  }
  const robot = Number(env.MP_ROBOT ?? 1)
  if (!Number.isInteger(robot) || robot < 1 || robot > 30) {
    return `ship-weapp: MP_ROBOT ${env.MP_ROBOT} must be a whole number from 1 to 30`
  }
  if (build && !/^https:\/\/[^/]+$/.test(env.TARO_APP_API_BASE_URL as string)) {
    return `ship-weapp: TARO_APP_API_BASE_URL ${env.TARO_APP_API_BASE_URL} must be an https origin (WeChat refuses plain http on phones)`
  }
  const version = (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version
  let desc: string
  try {
    desc = execFileSync('git', ['log', '-1', '--format=%s'], { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    return 'ship-weapp: no git history here to take the description from (run it in the repository)'
  }
  const dir = path.resolve(env.WEAPP_DIR ?? path.join(ROOT, RELEASE_DIR))
  return { action, appid, privateKeyPath, robot, version, desc, dir, build }
}

function buildRelease(plan: ShipPlan): void {
  console.log(`building the release into ${path.relative(ROOT, plan.dir)} …`)
  const result = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Taro puts TARO_OUTPUT_DIR under the project root, so it is given relative to it.
    env: { ...process.env, TARO_APP_API_MODE: 'remote', TARO_OUTPUT_DIR: path.relative(ROOT, plan.dir) },
  })
  if (result.status !== 0) throw new Error(`the weapp build failed (exit ${result.status})`)
}

async function ship(plan: ShipPlan): Promise<number> {
  if (plan.build) buildRelease(plan)
  const missing = notABuild(plan.dir)
  if (missing) {
    console.error(`ship-weapp: ${missing}`)
    return 2
  }
  const rows = await scanWeapp(plan.dir)
  console.log(formatRows(rows))
  if (rows.some((row) => !row.passed)) {
    console.error("ship-weapp: not shipping a build that fails WeChat's code-quality scan")
    return 1
  }
  const ci = await import('miniprogram-ci')
  const project = new ci.Project({
    appid: plan.appid,
    type: 'miniProgram',
    projectPath: plan.dir,
    privateKeyPath: plan.privateKeyPath,
    ignores: ['node_modules/**/*'],
  })
  // The compile settings come from the build's project.config.json (minified, minifyWXML, minifyWXSS).
  const common = {
    project,
    version: plan.version,
    desc: plan.desc,
    robot: plan.robot,
    setting: { useProjectConfig: true },
  }
  if (plan.action === 'preview') {
    const result = await ci.preview({ ...common, qrcodeFormat: 'terminal' })
    console.log(
      'preview ready: scan the QR code above in WeChat',
      JSON.stringify(result.subPackageInfo ?? []),
    )
  } else {
    const result = await ci.upload(common)
    console.log(
      `uploaded ${plan.version} ("${plan.desc}") as robot ${plan.robot}: set it as the trial version or submit it for review in 微信公众平台 → 版本管理`,
      JSON.stringify(result.subPackageInfo ?? []),
    )
  }
  return 0
}

async function main(): Promise<number> {
  const plan = planShipping(process.argv.slice(2), process.env)
  if (typeof plan === 'string') {
    console.error(plan)
    return 2
  }
  if (process.argv.includes('--dry-run')) {
    console.log(JSON.stringify(plan))
    return 0
  }
  return ship(plan)
}

if (require.main === module) {
  // miniprogram-ci leaves a file watcher open, so the process ends here rather than when the loop is empty.
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('ship-weapp:', error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
