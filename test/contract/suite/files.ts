import { FileRefSchema } from '../../../src/api/contract/schemas/file'
import {
  expectError,
  expectShape,
  expectStatus,
  expectUnauthenticated,
  expectValidation,
} from '../expectations'
import { oversizedUpload, pngUpload, textUpload } from '../fixtures'
import { API_PREFIX } from '../transport'

import type { ContractContext } from './context'

export function fileSuite(ctx: ContractContext): void {
  describe('POST /files', () => {
    test('a png → 201 FileRef whose url serves the same bytes', async () => {
      const owner = await ctx.world.owner()
      const file = pngUpload()
      const res = await ctx.api.as(owner).upload(file)
      expectStatus(res, 201)
      const ref = expectShape(FileRefSchema, res.body)
      expect(ref).toMatchObject({ name: file.name, size: file.data.byteLength, mime: 'image/png' })
      expect(ref.url.length).toBeGreaterThan(0)
      // The url is for <image src>: it must be fetchable. A relative one is under our base path.
      const path = ref.url.startsWith(API_PREFIX)
        ? ref.url.slice(API_PREFIX.length)
        : new URL(ref.url).pathname.replace(API_PREFIX, '')
      const download = await ctx.api.as(owner).get(path)
      expectStatus(download, 200)
      expect(Array.from(download.body as Uint8Array)).toEqual(Array.from(file.data))
    })

    test('a pdf and a jpg are accepted, by a specialist and an admin too', async () => {
      const owner = await ctx.world.owner()
      const pdf = { name: '合同.pdf', mime: 'application/pdf', data: new TextEncoder().encode('%PDF-1.4\n') }
      const jpg = {
        name: 'photo.jpg',
        mime: 'image/jpeg',
        data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]),
      }
      expectStatus(await ctx.api.as(await ctx.world.serviceSpecialistOf(owner)).upload(pdf), 201)
      const res = await ctx.api.as(await ctx.world.admin()).upload(jpg)
      expectStatus(res, 201)
      expect(res.body.mime).toBe('image/jpeg')
    })

    test('a fileName field names the file: WeChat names the part after its temp path', async () => {
      const owner = await ctx.world.owner()
      const file = { ...pngUpload(), name: 'tmp_3.png', fileName: '股东身份证明.png' }
      const res = await ctx.api.as(owner).upload(file)
      expectStatus(res, 201)
      expect(expectShape(FileRefSchema, res.body).name).toBe('股东身份证明.png')
    })

    test('a type outside jpg, png, pdf → 400 naming the file', async () => {
      const owner = await ctx.world.owner()
      expectValidation(await ctx.api.as(owner).upload(textUpload()), 'file')
    })

    test('no file field → 400 naming it', async () => {
      const owner = await ctx.world.owner()
      expectValidation(await ctx.api.as(owner).post('/files', {}), 'file')
    })

    test('over 10 MB → 413 FILE_TOO_LARGE', async () => {
      const owner = await ctx.world.owner()
      expectError(await ctx.api.as(owner).upload(oversizedUpload()), 413, 'FILE_TOO_LARGE')
    })

    test('without a token → 401', async () => {
      expectUnauthenticated(await ctx.api.anonymous().upload(pngUpload()))
    })
  })
}
