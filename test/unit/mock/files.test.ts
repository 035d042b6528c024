/** @jest-environment node */
import { createBackend } from '../../../mock/backend'

import { setup } from './support'

const PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  ),
)
const upload = (name = 'a.png', data: Uint8Array | null = PNG) => ({
  file: { name, size: data?.byteLength ?? 2048, mime: 'image/png', ...(data ? { data } : {}) },
})
const HOUR = 3600_000

describe('files (issue 12)', () => {
  it('a signed url loads until its expiry on the mock clock, then is 404', async () => {
    const { as, call, clock } = setup()
    const ref = (await as('usr-owner-01').post('/files', upload())).body
    const start = clock.now().getTime()
    expect(Date.parse(ref.urlExpiresAt)).toBe(start + 24 * HOUR)
    const path = (ref.url as string).replace('/api/v1', '')
    clock.set(new Date(start + 24 * HOUR - 1000))
    expect((await call(undefined, 'GET', path)).status).toBe(200)
    clock.set(new Date(start + 24 * HOUR))
    expect((await call(undefined, 'GET', path)).status).toBe(404)
    // The token still opens it, and the next answer hands out a fresh url.
    expect((await as('usr-owner-01').get(`/files/${ref.id}`)).status).toBe(200)
  })

  it('keeps urls unsigned in the db and signs each answer afresh', async () => {
    const { as, backend, clock } = setup()
    const ref = (await as('usr-owner-01').post('/files', upload())).body
    expect(backend.inspect().files.get(ref.id)?.ref.url).toBe(`/api/v1/files/${ref.id}`)
    clock.set(new Date(clock.now().getTime() + HOUR))
    const replay = await as('usr-owner-01').post('/files', upload(), { 'idempotency-key': 'same' })
    const again = await as('usr-owner-01').post('/files', upload(), { 'idempotency-key': 'same' })
    clock.set(new Date(clock.now().getTime() + HOUR))
    const third = await as('usr-owner-01').post('/files', upload(), { 'idempotency-key': 'same' })
    expect(third.body.id).toBe(replay.body.id)
    expect(Date.parse(third.body.urlExpiresAt) - Date.parse(again.body.urlExpiresAt)).toBe(HOUR)
  })

  it('a backend takes an upload without bytes only when made for the app’s mock mode', async () => {
    const strict = await setup().as('usr-owner-01').post('/files', upload('photo.png', null))
    expect(strict.status).toBe(400)
    const app = createBackend({ describedUploads: true })
    const described = await app.handle({
      method: 'POST',
      path: '/api/v1/files',
      headers: { authorization: 'Bearer demo-usr-owner-01' },
      body: upload('photo.png', null),
    })
    expect(described.status).toBe(201)
    expect(described.body).toMatchObject({ mime: 'image/png', size: 2048 })
  })
})
