/**
 * The preview server's static part (MOCK_STATIC_DIR, e.g. dist/h5): files compressed once, ahead of
 * the first request (gzip and brotli written beside each file, kept while newer than it), and caching
 * that lets a phone keep what cannot change: hashed file names are immutable for a year, index.html is
 * revalidated on every visit so a new build is picked up at once.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import sirv from 'sirv'

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|ico|map)$/
/** Smaller than this, compression costs more than it saves. */
const MIN_BYTES = 1024
/** `name.1a2b3c4d.js`, `css/app.0123456789abcdef.css`: webpack's content hashes (8+ hex digits). */
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i

export const IMMUTABLE = 'public, max-age=31536000, immutable'

export function cacheControlFor(pathname: string): string {
  return HASHED.test(pathname) ? IMMUTABLE : 'no-cache'
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

function isFresh(target: string, source: fs.Stats): boolean {
  try {
    return fs.statSync(target).mtimeMs >= source.mtimeMs
  } catch {
    return false
  }
}

/** Writes `file.gz` and `file.br` for every compressible file of `dir` that lacks a fresh one. */
export function precompress(dir: string): { written: number } {
  let written = 0
  for (const file of listFiles(dir)) {
    if (!COMPRESSIBLE.test(file)) continue
    const stats = fs.statSync(file)
    if (stats.size < MIN_BYTES) continue
    const needsGzip = !isFresh(`${file}.gz`, stats)
    const needsBrotli = !isFresh(`${file}.br`, stats)
    if (!needsGzip && !needsBrotli) continue
    const content = fs.readFileSync(file)
    if (needsGzip) fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: 9 }))
    if (needsBrotli) {
      const brotli = zlib.brotliCompressSync(content, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      })
      fs.writeFileSync(`${file}.br`, brotli)
    }
    written += 1
  }
  return { written }
}

/** sirv over `dir` as a single-page app, serving the precompressed copies the browser accepts. */
export function staticFiles(dir: string) {
  precompress(dir)
  return sirv(dir, {
    single: true,
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControlFor(pathname)),
  })
}
