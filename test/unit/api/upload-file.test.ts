import { mimeOf, uploadFile } from '@/api/endpoints/files'
import { ApiError } from '@/api/http/api-error'

import { signInAs } from '../../support/session'

describe('uploadFile (mock mode, in-process backend)', () => {
  it('uploads a picked image and reports progress up to 100', async () => {
    await signInAs('owner')
    const progress: number[] = []
    const ref = await uploadFile(
      { path: 'wxfile://tmp/license.png', name: 'license.png', size: 2048 },
      { onProgress: (p) => progress.push(p) },
    )
    expect(ref).toMatchObject({ name: 'license.png', size: 2048, mime: 'image/png' })
    expect(ref.id).toBeTruthy()
    expect(progress[progress.length - 1]).toBe(100)
  })

  it('turns the backend refusal of a 20 MB file into a Chinese ApiError', async () => {
    await signInAs('owner')
    const error = await uploadFile({
      path: 'wxfile://tmp/big.pdf',
      name: 'big.pdf',
      size: 20 * 1024 * 1024,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' })
    expect((error as ApiError).message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('needs a session', async () => {
    await expect(uploadFile({ path: 'x.png', name: 'x.png', size: 10 })).rejects.toMatchObject({
      status: 401,
    })
  })

  it('infers the type from the extension when the platform gives none', () => {
    expect(mimeOf({ name: 'a.JPG', path: '' })).toBe('image/jpeg')
    expect(mimeOf({ name: '', path: 'wxfile://tmp/abc.pdf' })).toBe('application/pdf')
    expect(mimeOf({ name: 'a.exe', path: '' })).toBe('application/octet-stream')
  })
})
