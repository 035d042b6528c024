import fs from 'node:fs'
import path from 'node:path'

import { startMockServer, type MockServer } from '../../../mock/server'

/** The build the suite runs on: WEAPP_DIR, default dist/weapp. */
export const WEAPP_DIR = path.resolve(
  process.env.WEAPP_DIR ?? path.join(__dirname, '..', '..', '..', 'dist', 'weapp'),
)

/** The origin a release build bakes in (the same default as `npm run build:weapp:release`). */
export const BAKED_ORIGIN = (process.env.MP_API_BASE_URL ?? 'http://127.0.0.1:9527').replace(/\/$/, '')

export function assertBuild(dir = WEAPP_DIR): void {
  if (!fs.existsSync(path.join(dir, 'app.js')))
    throw new Error(`No weapp build in ${dir}: run \`npm run build:weapp:release\` (or set WEAPP_DIR).`)
}

/** Remote builds talk HTTP to the baked origin; mock builds carry the backend inside the bundle. */
export function isRemoteBuild(dir = WEAPP_DIR): boolean {
  return ['common.js', 'app.js', 'vendors.js'].some((file) => {
    const full = path.join(dir, file)
    return fs.existsSync(full) && fs.readFileSync(full, 'utf8').includes(JSON.stringify(BAKED_ORIGIN))
  })
}

export interface Backend {
  server: MockServer
  /** The baked origin (http and ws) rewritten to this server. */
  resolveUrl(url: string): string
  reset(): Promise<void>
  close(): Promise<void>
}

/** The project's real mock server on a free loopback port, outside the vm, as a phone's backend. */
export async function startBackend(): Promise<Backend> {
  // Test mode: the suite resets to the seed between journeys through POST /__mock/reset.
  const server = await startMockServer({ port: 0, quiet: true, mode: 'test' })
  const httpOrigin = BAKED_ORIGIN
  const wsOrigin = BAKED_ORIGIN.replace(/^http/, 'ws')
  const actualWs = server.url.replace(/^http/, 'ws')
  return {
    server,
    resolveUrl(url) {
      if (url.startsWith(httpOrigin)) return server.url + url.slice(httpOrigin.length)
      if (url.startsWith(wsOrigin)) return actualWs + url.slice(wsOrigin.length)
      return url
    },
    async reset() {
      const response = await fetch(`${server.url}/api/v1/__mock/reset`, { method: 'POST' })
      if (!response.ok) throw new Error(`mock reset answered ${response.status}`)
    },
    close: () => server.close(),
  }
}
