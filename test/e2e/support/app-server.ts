import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import sirv from 'sirv'

const H5_DIR = path.resolve(__dirname, '..', '..', '..', 'dist', 'h5')

export interface AppServer {
  url: string
  close(): Promise<void>
}

/** Serves the production H5 build on a free loopback port. */
export async function startAppServer(): Promise<AppServer> {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) {
    throw new Error(`No H5 build in ${H5_DIR}: run \`npm run build:h5\` first (npm run test:e2e does).`)
  }
  const serve = sirv(H5_DIR, { single: true, etag: true })
  const server = http.createServer((req, res) => serve(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
