import { expectError, expectStatus, expectValidation } from '../expectations'
import { pngUpload, uniqueId } from '../fixtures'

import { requestBody, type ContractContext } from './context'

export function hardeningIdempotencySuite(ctx: ContractContext): void {
  describe('hardening: Idempotency-Key', () => {
    test('an upload key reused with other bytes of the same length → 422, and the first file is unchanged', async () => {
      const owner = await ctx.world.owner()
      const key = uniqueId('upload')
      const first = pngUpload('a.png')
      const res = await ctx.api.as(owner).upload(first, { idempotencyKey: key })
      expectStatus(res, 201)
      const other = pngUpload('a.png')
      other.data = Uint8Array.from(first.data)
      // Same length, same name and type, one byte changed (inside the PNG, after its magic number).
      const at = other.data.length - 5
      other.data[at] = (other.data[at] ?? 0) ^ 0xff
      expectError(await ctx.api.as(owner).upload(other, { idempotencyKey: key }), 422, 'IDEMPOTENCY_MISMATCH')
      // The same bytes again are the same upload: the first answer, not a second file.
      const again = await ctx.api.as(owner).upload(pngUpload('a.png'), { idempotencyKey: key })
      expectStatus(again, 201)
      expect(again.body.id).toBe(res.body.id)
    })

    test('only completed answers are kept: a refused body does not bind its key', async () => {
      const owner = await ctx.world.owner()
      const key = uniqueId('retry')
      const { type: _type, ...body } = await requestBody(ctx, owner)
      const refused = await ctx.api
        .as(owner)
        .post('/service-requests', { ...body, serviceType: 'no_such_type' }, { idempotencyKey: key })
      expectValidation(refused, 'serviceType')
      // The user fixes the form and sends again with the same key: a new request, not a 422.
      const created = await ctx.api.as(owner).post('/service-requests', body, { idempotencyKey: key })
      expectStatus(created, 201)
      const replay = await ctx.api.as(owner).post('/service-requests', body, { idempotencyKey: key })
      expectStatus(replay, 201)
      expect(replay.body.id).toBe(created.body.id)
    })

    test('an Idempotency-Key longer than 128 characters → 400 naming it', async () => {
      const owner = await ctx.world.owner()
      const { type: _type, ...body } = await requestBody(ctx, owner)
      const res = await ctx.api.as(owner).post('/service-requests', body, { idempotencyKey: 'k'.repeat(129) })
      expectValidation(res, 'Idempotency-Key')
    })
  })
}
