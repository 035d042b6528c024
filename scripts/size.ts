/**
 * Package sizes as WeChat counts them (every file it uploads: main package = all but the subpackage
 * roots; files matched by project.config.json packOptions.ignore are not uploaded), and the H5 first
 * load (the scripts index.html loads before any page chunk). Fails above the budget, which sits well
 * under WeChat's hard 2 MB per package.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const ROOT = path.resolve(__dirname, '..')
// SIZE_WEAPP_DIR / SIZE_H5_DIR: measure builds made elsewhere (TARO_OUTPUT_DIR).
const WEAPP = path.resolve(ROOT, process.env.SIZE_WEAPP_DIR ?? 'dist/weapp')
const H5 = path.resolve(ROOT, process.env.SIZE_H5_DIR ?? 'dist/h5')
const BUDGET = 1.5 * 1024 * 1024

interface IgnoreRule {
  type: 'suffix' | 'prefix' | 'folder' | 'file'
  value: string
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

function isIgnored(relative: string, rules: IgnoreRule[]): boolean {
  const name = path.basename(relative)
  return rules.some(
    (rule) =>
      (rule.type === 'suffix' && name.endsWith(rule.value)) ||
      (rule.type === 'prefix' && name.startsWith(rule.value)) ||
      (rule.type === 'folder' && relative.startsWith(`${rule.value.replace(/\/$/, '')}/`)) ||
      (rule.type === 'file' && relative === rule.value),
  )
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}

function weappSizes(): { name: string; bytes: number }[] {
  const appJson = JSON.parse(fs.readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[]
  }
  const projectConfig = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8')) as {
    packOptions?: { ignore?: IgnoreRule[] }
  }
  const rules = projectConfig.packOptions?.ignore ?? []
  const roots = (appJson.subPackages ?? []).map((sub) => sub.root.replace(/\/$/, ''))
  const totals = new Map<string, number>([['main', 0], ...roots.map((root) => [root, 0] as [string, number])])
  for (const file of listFiles(WEAPP)) {
    const relative = path.relative(WEAPP, file).split(path.sep).join('/')
    if (relative.endsWith('.map') || isIgnored(relative, rules)) continue
    const owner = roots.find((root) => relative.startsWith(`${root}/`)) ?? 'main'
    totals.set(owner, (totals.get(owner) ?? 0) + fs.statSync(file).size)
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes }))
}

function h5FirstLoad(): { raw: number; gzip: number; files: string[] } {
  const html = fs.readFileSync(path.join(H5, 'index.html'), 'utf8')
  const files = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((match) => match[1] as string)
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const content = fs.readFileSync(path.join(H5, file))
    raw += content.length
    gzip += zlib.gzipSync(content, { level: 9 }).length
  }
  return { raw, gzip, files }
}

function main() {
  let failed = false
  if (fs.existsSync(path.join(WEAPP, 'app.json'))) {
    console.log('weapp packages (bytes WeChat uploads):')
    for (const { name, bytes } of weappSizes()) {
      const over = bytes > BUDGET
      failed ||= over
      console.log(
        `  ${name.padEnd(12)} ${String(bytes).padStart(9)} B  ${kb(bytes).padStart(10)}${over ? '  OVER 1.5 MB' : ''}`,
      )
    }
  } else {
    console.log('weapp: no build in dist/weapp (run npm run build:weapp)')
    failed = true
  }
  if (fs.existsSync(path.join(H5, 'index.html'))) {
    const { raw, gzip, files } = h5FirstLoad()
    console.log(
      `h5 first-load JS (${files.length} files): ${raw} B raw (${kb(raw)}), ${gzip} B gzip (${kb(gzip)})`,
    )
  } else {
    console.log('h5: no build in dist/h5 (run npm run build:h5)')
    failed = true
  }
  process.exit(failed ? 1 : 0)
}

main()
