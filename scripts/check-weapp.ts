/**
 * `npm run check:weapp [dir]`: WeChat's code-quality scan on a weapp build that already exists (it does not
 * build, so CI and the shipping script scan the build they already have). The build is the first argument
 * or WEAPP_DIR, default dist/weapp. What ships is the remote-mode build, so scan that one:
 *
 *   TARO_APP_API_MODE=remote TARO_OUTPUT_DIR=dist/weapp-remote npm run build:weapp
 *   WEAPP_DIR=dist/weapp-remote npm run check:weapp
 *
 * Prints every item with its result; exits 1 when any item fails, 2 when there is no build to scan.
 */
import path from 'node:path'

import { formatRows, notABuild, scanWeapp } from './weapp-quality'

async function main(): Promise<number> {
  const dir = path.resolve(process.argv[2] ?? process.env.WEAPP_DIR ?? 'dist/weapp')
  const missing = notABuild(dir)
  if (missing) {
    console.error(
      `check-weapp: ${missing}; build it first (npm run build:weapp) or point WEAPP_DIR at a build`,
    )
    return 2
  }
  const started = Date.now()
  const rows = await scanWeapp(dir)
  const failed = rows.filter((row) => !row.passed)
  console.log(`WeChat code-quality scan of ${path.relative(process.cwd(), dir) || '.'}:`)
  console.log(formatRows(rows))
  console.log(
    failed.length === 0
      ? `all ${rows.length} items pass (${Date.now() - started} ms)`
      : `${failed.length} of ${rows.length} items fail: ${failed.map((row) => row.name).join(', ')}`,
  )
  return failed.length === 0 ? 0 : 1
}

// miniprogram-ci leaves a file watcher open, so the process ends here rather than when the loop is empty.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('check-weapp:', error)
    process.exit(1)
  },
)
