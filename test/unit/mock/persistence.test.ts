/** @jest-environment node */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createBackend } from '../../../mock/backend'
import { createFileStore, DATA_FILE, reviveDb, serializeDb } from '../../../mock/persistence'
import { buildSeedDb } from '../../../mock/seed'
import { startMockServer, type MockServer } from '../../../mock/server'

import { SEED_NOW } from './support'

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qifu-mock-data-'))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

const SALON = {
  title: '重启后还在的沙龙',
  summary: '持久化测试',
  description: '持久化测试',
  speakers: ['主讲人'],
  location: '两江新区',
  startAt: '2031-03-10T14:00:00+08:00',
  endAt: '2031-03-10T16:00:00+08:00',
  bookingDeadline: '2031-03-09T18:00:00+08:00',
  capacity: 10,
}

describe('the mock db on disk', () => {
  it('round-trips every table: maps, nested maps and bytes come back as they were', () => {
    const db = buildSeedDb(SEED_NOW)
    db.files.set('f-1', {
      ref: { id: 'f-1', name: 'a.png', url: '/api/v1/files/f-1', size: 3, mime: 'image/png' },
      ownerId: 'usr-owner-01',
      data: new Uint8Array([1, 2, 255]),
    })
    const back = reviveDb(serializeDb(db), buildSeedDb(SEED_NOW))
    expect(back.files.get('f-1')?.data).toEqual(new Uint8Array([1, 2, 255]))
    const room = back.conversations.get('cnv-ent-01-usr-spec-01')
    expect(room?.byClientMsgId).toBeInstanceOf(Map)
    expect(room?.messages).toHaveLength(2000)
    expect([...back.salons.keys()]).toEqual([...db.salons.keys()])
    expect(back.counters).toEqual(db.counters)
  })

  it('saves after a burst of changes, not during it, through a temporary file that is renamed (none left)', () => {
    const dir = tempDir()
    const store = createFileStore(dir, { debounceMs: 60_000 })
    const db = buildSeedDb(SEED_NOW)
    for (let i = 0; i < 20; i += 1) store.save(db)
    // Debounced: nothing is written while changes keep coming.
    expect(fs.existsSync(path.join(dir, DATA_FILE))).toBe(false)
    store.flush()
    expect(fs.readdirSync(dir)).toEqual([DATA_FILE])
    expect(store.load(() => buildSeedDb(SEED_NOW))?.salons.size).toBe(db.salons.size)
  })

  it.each([
    ['torn in the middle', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['not JSON at all', () => '\u0000\u0000garbage'],
    ['JSON of another shape', () => JSON.stringify({ format: 'qifu-mock-db@1', db: { users: [] } })],
    ['empty', () => ''],
  ])('a file %s at start-up: one clear line, moved aside, the seed is used, no crash', (_name, spoil) => {
    const dir = tempDir()
    const good = createFileStore(dir)
    good.save(buildSeedDb(SEED_NOW))
    good.flush()
    const file = path.join(dir, DATA_FILE)
    fs.writeFileSync(file, spoil(fs.readFileSync(file, 'utf8')))
    const lines: string[] = []
    const store = createFileStore(dir, { log: (line) => lines.push(line) })
    expect(store.load(() => buildSeedDb(SEED_NOW))).toBeUndefined()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/torn or corrupt.*starting from the seed/)
    expect(fs.existsSync(file)).toBe(false)
    expect(fs.readdirSync(dir).some((name) => name.startsWith(`${DATA_FILE}.corrupt-`))).toBe(true)
    // The backend then runs on the seed.
    const backend = createBackend({ initialDb: store.load(() => buildSeedDb(SEED_NOW)) })
    expect(backend.userIdForToken('demo-usr-owner-01')).toBe('usr-owner-01')
  })
})

describe('the mock server with a data dir', () => {
  let server: MockServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  async function call(method: string, route: string, body?: unknown, token = 'demo-usr-admin-01') {
    const res = await fetch(`${server?.url}/api/v1${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    return { status: res.status, body: (await res.json()) as { id?: string } }
  }

  it('keeps what was written across a restart; a reset (demo mode) brings the seed back and keeps it', async () => {
    const dataDir = tempDir()
    server = await startMockServer({ port: 0, quiet: true, mode: 'demo', dataDir })
    const created = await call('POST', '/salons', SALON)
    expect(created.status).toBe(201)
    await server.close()

    server = await startMockServer({ port: 0, quiet: true, mode: 'demo', dataDir })
    expect((await call('GET', `/salons/${created.body.id}`)).status).toBe(200)
    expect((await call('POST', '/__mock/reset')).status).toBe(200)
    await server.close()

    server = await startMockServer({ port: 0, quiet: true, mode: 'demo', dataDir })
    expect((await call('GET', `/salons/${created.body.id}`)).status).toBe(404)
  })

  it('starts on the seed over a corrupt file instead of crashing', async () => {
    const dataDir = tempDir()
    fs.writeFileSync(path.join(dataDir, DATA_FILE), '{"format":"qifu-mock-db@1","db":{"users":')
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      server = await startMockServer({ port: 0, quiet: true, dataDir })
      expect(warn).toHaveBeenCalledTimes(1)
      expect(String(warn.mock.calls[0]?.[0])).toContain(DATA_FILE)
    } finally {
      warn.mockRestore()
    }
    expect((await call('GET', '/salons/sal-01', undefined, 'demo-usr-owner-01')).status).toBe(200)
  })
})
