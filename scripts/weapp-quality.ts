/**
 * WeChat's code-quality scan (DevTools' 代码质量 panel, `checkCodeQuality` of miniprogram-ci) run offline on
 * a weapp build, plus three checks of our own that the build's files really are compressed (WeChat's JS,
 * WXML and WXSS items only read the flags in project.config.json). Used by check-weapp.ts and
 * ship-weapp.ts.
 */
import fs from 'node:fs'
import path from 'node:path'

import { minifyWxml } from '../config/minify-wxml'

export interface ScanRow {
  name: string
  passed: boolean
  text: string
  /** What the item found, in a few words (sizes, offending files). */
  detail: string
}

/** Appid of a build's project.config.json; the scan itself does not care which one it is. */
function buildAppid(dir: string): string {
  const config = JSON.parse(fs.readFileSync(path.join(dir, 'project.config.json'), 'utf8')) as {
    appid?: string
  }
  return config.appid || 'touristappid'
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

function describeDetail(name: string, detail: unknown): string {
  if (detail === undefined || detail === null) return ''
  if (name === 'PACKAGE_SIZE_LIMIT' && typeof detail === 'object') {
    return Object.entries(detail as Record<string, number>)
      .map(([pkg, bytes]) => `${pkg === '__APP__' ? 'main' : pkg.replace(/\/$/, '')} ${kb(bytes)}`)
      .join(', ')
  }
  const files = Array.isArray(detail) ? detail : (detail as { files?: unknown[] }).files
  if (!Array.isArray(files)) return JSON.stringify(detail).slice(0, 120)
  if (files.length === 0) return 'none'
  const names = files.map((file) => (typeof file === 'string' ? file : JSON.stringify(file)))
  return `${names.length}: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`
}

function listFiles(dir: string, ext: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    if (!entry.isFile() || !entry.name.endsWith(ext)) return []
    return [path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')]
  })
}

/**
 * JS and WXSS: a compressed file has no indented line (terser and csso drop the line breaks and the
 * indentation an unminified file is full of; a license banner on its own line is fine). WXML: WeChat's own
 * minifier leaves it as it is (it keeps whitespace inside <text>, where it is shown).
 */
async function uncompressed(dir: string, ext: string): Promise<string[]> {
  const offenders: string[] = []
  for (const file of listFiles(dir, ext)) {
    const code = fs.readFileSync(path.join(dir, file), 'utf8')
    const compressed = ext === '.wxml' ? (await minifyWxml(code, file)) === code : !/\n[ \t]+\S/.test(code)
    if (!compressed) offenders.push(file)
  }
  return offenders
}

async function compressionRows(dir: string): Promise<ScanRow[]> {
  const rows: ScanRow[] = []
  for (const ext of ['.js', '.wxml', '.wxss']) {
    const total = listFiles(dir, ext).length
    const offenders = await uncompressed(dir, ext)
    rows.push({
      name: `BUILD_${ext.slice(1).toUpperCase()}_COMPRESSED`,
      passed: total > 0 && offenders.length === 0,
      text: `构建产物的 ${ext} 文件均已压缩`,
      detail:
        total === 0
          ? `no ${ext} files`
          : offenders.length === 0
            ? `${total} files`
            : describeDetail('', offenders),
    })
  }
  return rows
}

/**
 * Runs the scan on a build directory (a WeChat project: app.json and project.config.json at its root,
 * as Taro writes them). An item whose checker throws counts as passed inside miniprogram-ci (it only
 * logs the error), so anything logged as an error during the scan is a failed row here.
 */
export async function scanWeapp(dir: string): Promise<ScanRow[]> {
  const ci = await import('miniprogram-ci')
  // The Chinese texts state each rule ("对JS文件进行压缩"); the English ones only say what went wrong.
  ci.setLocale('zh')
  const project = new ci.Project({
    appid: buildAppid(dir),
    type: 'miniProgram',
    projectPath: dir,
    // The scan never signs anything; miniprogram-ci only insists the key is not empty.
    privateKey: 'not-used-by-the-scan',
    ignores: ['node_modules/**/*'],
  })
  const errors: string[] = []
  const consoleError = console.error
  console.error = (...args: unknown[]) => {
    errors.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '))
  }
  let items: Awaited<ReturnType<typeof ci.checkCodeQuality>>
  try {
    items = await ci.checkCodeQuality(project)
  } finally {
    console.error = consoleError
  }
  const rows: ScanRow[] = items.map((item) => ({
    name: item.name ?? '?',
    passed: Boolean(item.success),
    // Items with a list put it after a colon in their text; the list is in the detail column here.
    text: (item.text ?? '').replace(/\s*[:：]?\s*$/, ''),
    detail: describeDetail(item.name ?? '', item.detail),
  }))
  if (errors.length > 0) {
    rows.push({
      name: 'SCAN_ERRORS',
      passed: false,
      text: 'a checker failed to run',
      detail: errors.join(' | '),
    })
  }
  return [...rows, ...(await compressionRows(dir))]
}

export function formatRows(rows: ScanRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length))
  const lines = rows.map(
    (row) =>
      `  ${row.name.padEnd(width)}  ${row.passed ? 'pass' : 'FAIL'}  ${row.text}${row.detail ? ` (${row.detail})` : ''}`,
  )
  return [`  ${'item'.padEnd(width)}  result`, ...lines].join('\n')
}

/** Null when dir looks like a weapp build, else why not. */
export function notABuild(dir: string): string | null {
  for (const file of ['app.json', 'project.config.json']) {
    if (!fs.existsSync(path.join(dir, file))) return `no ${file} in ${dir}`
  }
  return null
}
