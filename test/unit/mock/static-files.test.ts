/** @jest-environment node */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { startMockServer } from '../../../mock/server'
import { cacheControlFor, IMMUTABLE, precompress } from '../../../mock/static-files'

/** A GET on its own connection (node:http, no shared pool): headers and the body as received. */
function get(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

function siteIn(dir: string) {
  fs.mkdirSync(path.join(dir, 'js'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><title>企服管家</title>${'<p>x</p>'.repeat(300)}`,
  )
  fs.writeFileSync(
    path.join(dir, 'js', 'app.0a1b2c3d.js'),
    `console.log(${JSON.stringify('企服管家'.repeat(500))})`,
  )
  fs.writeFileSync(path.join(dir, 'js', 'tiny.0a1b2c3d.js'), '1')
}

describe('the preview server’s static files', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'))
    siteIn(dir)
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('caches hashed names for a year and revalidates everything else', () => {
    expect(cacheControlFor('/js/app.0a1b2c3d.js')).toBe(IMMUTABLE)
    expect(cacheControlFor('/css/app.0123456789abcdef0123.css')).toBe(IMMUTABLE)
    expect(cacheControlFor('/index.html')).toBe('no-cache')
    expect(cacheControlFor('/')).toBe('no-cache')
    expect(cacheControlFor('/favicon.ico')).toBe('no-cache')
  })

  it('writes gzip and brotli copies once, and again only when the file changes', () => {
    const app = path.join(dir, 'js', 'app.0a1b2c3d.js')
    expect(precompress(dir).written).toBe(2)
    expect(zlib.gunzipSync(fs.readFileSync(`${app}.gz`)).toString()).toBe(fs.readFileSync(app, 'utf8'))
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${app}.br`)).toString()).toBe(
      fs.readFileSync(app, 'utf8'),
    )
    expect(fs.existsSync(path.join(dir, 'js', 'tiny.0a1b2c3d.js.gz'))).toBe(false)
    expect(precompress(dir).written).toBe(0)
    const later = new Date(Date.now() + 5_000)
    fs.utimesSync(app, later, later)
    expect(precompress(dir).written).toBe(1)
  })

  // Starting fastify on a busy 2-core machine takes seconds: more than jest's default 5 s.
  it('serves the compressed copy the browser accepts, with its cache header', async () => {
    const server = await startMockServer({ port: 0, quiet: true, staticDir: dir, mode: 'test' })
    try {
      const script = await get(`${server.url}/js/app.0a1b2c3d.js`, { 'accept-encoding': 'br' })
      expect(script.headers['content-encoding']).toBe('br')
      expect(script.headers['cache-control']).toBe(IMMUTABLE)
      expect(zlib.brotliDecompressSync(script.body).toString()).toContain('企服管家')
      const page = await get(`${server.url}/`, { 'accept-encoding': 'gzip' })
      expect(page.headers['content-encoding']).toBe('gzip')
      expect(page.headers['cache-control']).toBe('no-cache')
      expect(zlib.gunzipSync(page.body).toString()).toContain('<title>企服管家</title>')
    } finally {
      await server.close()
    }
  }, 30_000)
})
