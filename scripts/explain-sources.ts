/**
 * Where a build's bytes come from, read from its source maps: each mapped stretch of generated code is
 * counted for the source it maps to, and each source is put in a bucket (react, Taro runtime, NutUI,
 * zod, ...). Used by `npm run size -- --explain` on a build made with SIZE_SOURCE_MAPS=1.
 */
import fs from 'node:fs'
import path from 'node:path'

/**
 * Buckets, first match wins. Sources are webpack's module names, where Taro's mini build writes the
 * path with `_` for `/` (`._node_modules_zod_v4_core_core.js`), hence `[/_]` for a separator.
 */
const BUCKETS: [string, RegExp][] = [
  ['react', /node_modules[/_](react|react-dom|react-reconciler|scheduler)[/_]/],
  ['Taro runtime', /node_modules[/_]@tarojs[/_]/],
  ['NutUI', /node_modules[/_]@nutui[/_]/],
  ['zod', /node_modules[/_]zod[/_]/],
  ['axios', /node_modules[/_]axios[/_]/],
  ['swr', /node_modules[/_](swr|use-sync-external-store|dequal)[/_]/],
  ['dayjs', /node_modules[/_]dayjs[/_]/],
  ['qrcode', /node_modules[/_]qrcode-generator[/_]/],
  ['zustand', /node_modules[/_]zustand[/_]/],
  ['babel helpers', /node_modules[/_](@babel[/_]runtime|regenerator-runtime|@swc[/_]helpers|tslib)[/_]/],
  ['Stencil (Taro H5 components runtime)', /node_modules[/_]@stencil[/_]/],
  ['polyfills', /node_modules[/_](core-js|core-js-pure|whatwg-fetch|abortcontroller-polyfill)/],
  ['Swiper', /node_modules[/_](swiper|dom7|ssr-window)[/_]/],
  ['other node_modules', /node_modules[/_]/],
  // taro.js: Taro's own runtime, mapped to its package-relative sources (`.._src_env.ts`).
  ['Taro runtime', /^\.\.[/_]/],
  ['a11y plugin runtime', /(^|[/_.])config[/_]a11y[/_]/],
  ['seed', /(^|[/_.])mock[/_]seed[/_]/],
  ['mock', /(^|[/_.])mock[/_]/],
  ['contract (schemas, rules)', /(^|[/_.])src[/_]api[/_]contract[/_]/],
  ['our code', /(^|[/_.])src[/_]/],
]

const VLQ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const VLQ_VALUE = new Map([...VLQ].map((char, index) => [char, index]))

/** Base64 VLQ fields of one mapping segment. */
function decodeSegment(segment: string): number[] {
  const values: number[] = []
  let value = 0
  let shift = 0
  for (const char of segment) {
    const digit = VLQ_VALUE.get(char)
    if (digit === undefined) throw new Error(`bad VLQ digit ${char}`)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1)
      value = 0
      shift = 0
    }
  }
  return values
}

export function bucketOf(source: string): string {
  const normalised = source.replace(/\\/g, '/').replace(/^webpack:\/\/[^/]*\//, '')
  return BUCKETS.find(([, pattern]) => pattern.test(normalised))?.[0] ?? 'webpack runtime / other'
}

interface RawSourceMap {
  sources: string[]
  mappings: string
  sections?: unknown
}

/**
 * Bytes of `file` (UTF-8, as shipped) per bucket, from `file.map`. A stretch runs from one segment to
 * the next on the same line (or the line's end); stretches without a source count as unmapped.
 */
export function explainFile(file: string): Map<string, number> {
  const totals = new Map<string, number>()
  const add = (bucket: string, bytes: number) => totals.set(bucket, (totals.get(bucket) ?? 0) + bytes)
  const code = fs.readFileSync(file, 'utf8')
  const mapFile = `${file}.map`
  if (!fs.existsSync(mapFile)) {
    add('no source map', Buffer.byteLength(code))
    return totals
  }
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as RawSourceMap
  const lines = code.split('\n')
  const mappingLines = map.mappings.split(';')
  let sourceIndex = 0
  lines.forEach((line, lineIndex) => {
    const newline = lineIndex < lines.length - 1 ? 1 : 0
    const segments = (mappingLines[lineIndex] ?? '').split(',').filter(Boolean)
    let column = 0
    const starts: { column: number; source?: number }[] = []
    for (const segment of segments) {
      const fields = decodeSegment(segment)
      column += fields[0] ?? 0
      if (fields.length >= 4) {
        sourceIndex += fields[1] ?? 0
        starts.push({ column, source: sourceIndex })
      } else {
        starts.push({ column })
      }
    }
    if (starts.length === 0 || (starts[0]?.column ?? 0) > 0) {
      add('unmapped', Buffer.byteLength(line.slice(0, starts[0]?.column ?? line.length)))
    }
    starts.forEach((start, index) => {
      const end = starts[index + 1]?.column ?? line.length
      const bytes = Buffer.byteLength(line.slice(start.column, end))
      const source = start.source === undefined ? undefined : map.sources[start.source]
      add(source === undefined ? 'unmapped' : bucketOf(source), bytes)
    })
    add('unmapped', newline)
  })
  return totals
}

/** Non-JS files have no maps: counted by kind, which is what they are (templates, styles, images). */
export function kindOf(file: string): string {
  const extension = path.extname(file)
  if (extension === '.wxml') return 'templates (wxml)'
  if (extension === '.wxs') return 'templates (wxs)'
  if (extension === '.wxss' || extension === '.css') return 'styles (wxss/css)'
  if (extension === '.json') return 'page configs (json)'
  if (/\.(png|jpe?g|gif|svg|webp|ico)$/.test(extension)) return 'images'
  return `other files (${extension || 'none'})`
}

export function addInto(into: Map<string, number>, from: Map<string, number>) {
  for (const [key, value] of from) into.set(key, (into.get(key) ?? 0) + value)
}
