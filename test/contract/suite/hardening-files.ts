import { FILE_URL_TTL_MS, FileRefSchema } from '../../../src/api/contract/schemas/file'
import {
  expectError,
  expectNotFound,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import { pngUpload, uniqueId } from '../fixtures'
import { API_PREFIX, type Json, type Upload } from '../transport'

import { act, book, createRequest, createSalon, requestBody, type ContractContext } from './context'

/** A url from an answer as a path under /api/v1 (the transports add the base), query included. */
function pathOf(url: string): string {
  const local = url.startsWith(API_PREFIX) ? url : new URL(url).pathname + new URL(url).search
  return local.slice(API_PREFIX.length)
}

const withParam = (path: string, name: string, value: string) => {
  const [base, search = ''] = path.split('?')
  const params = new URLSearchParams(search)
  params.set(name, value)
  return `${base}?${params.toString()}`
}

const bytesOf = (res: { body: Json }) => Array.from(res.body as Uint8Array)

const jpgUpload = (): Upload => ({
  name: 'photo.jpg',
  mime: 'image/jpeg',
  data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
})

export function hardeningFilesSuite(ctx: ContractContext): void {
  describe('hardening: files', () => {
    test('a JSON body to POST /files → 400 naming file: an upload carries its bytes (multipart)', async () => {
      const owner = await ctx.world.owner()
      const res = await ctx.api
        .as(owner)
        .post('/files', { file: { name: '营业执照.png', size: 2048, mime: 'image/png' } })
      expectValidation(res, 'file')
    })

    test('an empty file → 400 naming file', async () => {
      const owner = await ctx.world.owner()
      const empty = { ...pngUpload(), data: new Uint8Array(0) }
      expectValidation(await ctx.api.as(owner).upload(empty), 'file')
    })

    test('the type is read from the bytes, not from the label or the name', async () => {
      const owner = await ctx.world.owner()
      const html = new TextEncoder().encode('<html><script>alert(1)</script></html>')
      for (const label of [
        { name: 'photo.png', mime: 'image/png' },
        { name: 'scan.pdf', mime: 'application/pdf' },
        { name: 'photo.jpg', mime: '' },
      ]) {
        expectValidation(await ctx.api.as(owner).upload({ ...label, data: html }), 'file')
      }
      // Real PNG bytes under a pdf name and label are stored, and served, as the PNG they are.
      const res = await ctx.api
        .as(owner)
        .upload({ ...pngUpload(), name: '扫描件.pdf', mime: 'application/pdf' })
      expectStatus(res, 201)
      expect(res.body.mime).toBe('image/png')
      const served = await ctx.api.as(owner).get(`/files/${res.body.id}`)
      expectStatus(served, 200)
      expect(served.headers['content-type']).toMatch(/^image\/png/)
    })

    test('GET /files/:id needs a token of someone who may see the file, or the signed url', async () => {
      const owner = await ctx.world.owner()
      const stranger = await ctx.world.otherOwnerThan(owner)
      const uploaded = await ctx.api.as(owner).upload(pngUpload())
      expectStatus(uploaded, 201)
      const { id } = uploaded.body
      expectUnauthenticated(await ctx.api.anonymous().get(`/files/${id}`))
      expectStatus(await ctx.api.as(owner).get(`/files/${id}`), 200)
      // Another tenant: not found, as if it did not exist.
      expectNotFound(await ctx.api.as(stranger).get(`/files/${id}`))
      // The signed url from the answer is what an <image> loads: no token needed.
      const signed = await ctx.api.anonymous().get(pathOf(uploaded.body.url))
      expectStatus(signed, 200)
      expect(bytesOf(signed)).toEqual(Array.from(pngUpload().data))
    })

    test('a file attached to a request is readable by who may read the request, and nobody else', async () => {
      const owner = await ctx.world.owner()
      const stranger = await ctx.world.otherOwnerThan(owner)
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const admin = await ctx.world.admin()
      const uploaded = await ctx.api.as(owner).upload(pngUpload())
      expectStatus(uploaded, 201)
      const { id } = uploaded.body
      expectNotFound(await ctx.api.as(specialist).get(`/files/${id}`))
      const { type: _type, ...body } = await requestBody(ctx, owner)
      const created = await ctx.api
        .as(owner)
        .post('/service-requests', { ...body, attachments: [uploaded.body] })
      expectStatus(created, 201)
      expectStatus(await ctx.api.as(specialist).get(`/files/${id}`), 200)
      expectStatus(await ctx.api.as(admin).get(`/files/${id}`), 200)
      expectNotFound(await ctx.api.as(stranger).get(`/files/${id}`))
      // The request's answer carries a signed url of its own for each attachment.
      const detail = await ctx.api.as(specialist).get(`/service-requests/${created.body.id}`)
      const ref = expectShape(FileRefSchema, detail.body.attachments[0])
      expectStatus(await ctx.api.anonymous().get(pathOf(ref.url)), 200)
    })

    test('a signed url is bound to its file and its expiry, and expires within a day', async () => {
      const owner = await ctx.world.owner()
      const a = await ctx.api.as(owner).upload(pngUpload('a.png'))
      const b = await ctx.api.as(owner).upload(jpgUpload())
      expectStatus(a, 201)
      expectStatus(b, 201)
      const expiresAt = Date.parse(a.body.urlExpiresAt)
      expect(expiresAt).toBeGreaterThan(Date.now())
      expect(expiresAt).toBeLessThanOrEqual(Date.now() + FILE_URL_TTL_MS + 60_000)
      const path = pathOf(a.body.url)
      const query = new URLSearchParams(path.split('?')[1] ?? '')
      expect([...query.keys()].sort()).toEqual(['expires', 'signature'])
      // a's signature on b's path; a's url with a later expiry; a tampered signature: all not found.
      expectNotFound(await ctx.api.anonymous().get(`/files/${b.body.id}?${query.toString()}`))
      const later = String(Number(query.get('expires')) + 3600)
      expectNotFound(await ctx.api.anonymous().get(withParam(path, 'expires', later)))
      expectNotFound(await ctx.api.anonymous().get(withParam(path, 'signature', 'A'.repeat(43))))
      expectNotFound(await ctx.api.anonymous().get(withParam(path, 'expires', 'soon')))
      // Past its expiry (the number as it is signed: seconds) it is refused too.
      expectNotFound(await ctx.api.anonymous().get(withParam(path, 'expires', '1000')))
    })

    test('chat images: the message carries a signed url that loads; the sender must own the file', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const stranger = await ctx.world.otherOwnerThan(owner)
      const conversations = await ctx.api.as(owner).get('/conversations')
      const conversation = (conversations.body.items as Json[]).find(
        (c) => c.specialistId === specialist.user.id,
      )
      if (!conversation) throw new Error('the owner has no conversation with its service specialist')
      const uploaded = await ctx.api.as(owner).upload(pngUpload())
      expectStatus(uploaded, 201)
      const tap = await ctx.transport.listen(specialist.token)
      try {
        const sent = await ctx.api.as(owner).post(`/conversations/${conversation.id}/messages`, {
          clientMsgId: uniqueId('img'),
          type: 'image',
          body: uploaded.body.url,
        })
        expectStatus(sent, 201)
        const event = await tap.waitFor((e) => e.type === 'message.created' && e.data.id === sent.body.id)
        for (const url of [sent.body.body as string, event.data.body as string]) {
          expectStatus(await ctx.api.anonymous().get(pathOf(url)), 200)
        }
      } finally {
        await tap.close()
      }
      // The conversation's specialist reads it with a token; another enterprise's owner does not.
      expectStatus(await ctx.api.as(specialist).get(`/files/${uploaded.body.id}`), 200)
      expectNotFound(await ctx.api.as(stranger).get(`/files/${uploaded.body.id}`))
      // Sending someone else's file as one's own image is refused.
      const theirs = await ctx.api.as(stranger).upload(pngUpload())
      const refused = await ctx.api.as(owner).post(`/conversations/${conversation.id}/messages`, {
        clientMsgId: uniqueId('img'),
        type: 'image',
        body: theirs.body.url,
      })
      expectValidation(refused, 'body')
    })

    if (ctx.kind !== 'remote') {
      test('file ids and check-in codes are random: a reset does not repeat them', async () => {
        const owner = await ctx.world.owner()
        const salon = await createSalon(ctx)
        const first = await ctx.api.as(owner).upload(pngUpload())
        const booking = await book(ctx, owner, salon.id)
        expectStatus(booking, 201)
        await ctx.transport.reset()
        const again = await createSalon(ctx)
        expect(again.id).toBe(salon.id) // the same world, step for step
        const second = await ctx.api.as(owner).upload(pngUpload())
        const rebooked = await book(ctx, owner, again.id)
        expectStatus(rebooked, 201)
        expect(second.body.id).not.toBe(first.body.id)
        expect(rebooked.body.checkInCode).not.toBe(booking.body.checkInCode)
        // Long enough not to be found by trying: 20+ characters after the prefix, 8+ for a code.
        expect(second.body.id.replace(/^file-/, '').length).toBeGreaterThanOrEqual(20)
        expect(rebooked.body.checkInCode.length).toBeGreaterThanOrEqual(8)
      })
    }

    test('an unknown file → 404 with a token, 401 without', async () => {
      const owner = await ctx.world.owner()
      expectNotFound(await ctx.api.as(owner).get('/files/file-doesnotexist'))
      expectError(await ctx.api.anonymous().get('/files/file-doesnotexist'), 401, 'UNAUTHENTICATED')
    })

    test('timeline attachments are signed too', async () => {
      const owner = await ctx.world.owner()
      const specialist = await ctx.world.serviceSpecialistOf(owner)
      const request = await createRequest(ctx, owner)
      expectStatus(await act(ctx, specialist, request.id, { action: 'accept' }), 200)
      expectStatus(await act(ctx, specialist, request.id, { action: 'start' }), 200)
      expectStatus(
        await act(ctx, specialist, request.id, { action: 'request_materials', note: '请补充营业执照' }),
        200,
      )
      const uploaded = await ctx.api.as(owner).upload(pngUpload())
      const res = await act(ctx, owner, request.id, {
        action: 'submit_materials',
        note: '已补充',
        attachments: [uploaded.body],
      })
      expectStatus(res, 200)
      const event = (res.body.timeline as Json[]).find((e) => e.attachments?.length)
      const ref = expectShape(FileRefSchema, event?.attachments?.[0])
      expect(ref.urlExpiresAt).toBeDefined()
      expectStatus(await ctx.api.anonymous().get(pathOf(ref.url)), 200)
    })
  })
}
