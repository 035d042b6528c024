import fs from 'node:fs'
import path from 'node:path'

import { startMockServer, type MockServer } from '../../../mock/server'

// E2E_H5_DIR: a build elsewhere than dist/h5 (see TARO_OUTPUT_DIR in config/index.ts).
const H5_DIR = path.resolve(process.env.E2E_H5_DIR ?? path.join(__dirname, '..', '..', '..', 'dist', 'h5'))

export type AppServer = MockServer

/**
 * The production H5 build and the mock backend on one loopback origin (a free port), so every browser
 * context of a journey talks to the same backend, as phones talk to one server.
 */
export async function startAppServer(): Promise<AppServer> {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) {
    throw new Error(`No H5 build in ${H5_DIR}: run \`npm run test:e2e\` (it builds H5 in remote mode first).`)
  }
  // Test mode: journeys may reset to the seed (POST /__mock/reset); nothing is kept on disk.
  return startMockServer({ port: 0, quiet: true, staticDir: H5_DIR, mode: 'test' })
}
