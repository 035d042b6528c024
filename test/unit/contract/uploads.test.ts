import { FILE_ACCEPT, fileMime, uploadProblem } from '../../../src/api/contract/rules/uploads'
import { rejectReason } from '../../../src/features/requests/pick-files'
import { setup } from '../mock/support'

const MB = 1024 * 1024

describe('upload types and size (contract rule)', () => {
  it.each([
    ['a.png', 'image/png', 'image/png'],
    ['a.JPG', undefined, 'image/jpeg'],
    ['scan', 'image/pjpeg', 'image/jpeg'],
    ['合同.pdf', 'application/octet-stream', 'application/pdf'],
    ['a.pdf', 'application/pdf; charset=binary', 'application/pdf'],
    ['a.gif', 'image/gif', undefined],
    ['a.png', 'text/plain', undefined], // a stated type is believed over the name
    ['README', undefined, undefined],
  ])('%s (%s) → %s', (name, mime, expected) => {
    expect(fileMime(name, mime)).toBe(expected)
  })

  it('says why a file is refused, the type before the size', () => {
    expect(uploadProblem({ name: 'a.png', size: 10 * MB })).toBeUndefined()
    expect(uploadProblem({ name: '章程.docx', size: 20 * MB })).toEqual({
      kind: 'type',
      message: '「章程.docx」格式不支持，仅支持 jpg、png、pdf',
    })
    expect(uploadProblem({ name: '执照.pdf', size: 20 * MB })).toEqual({
      kind: 'size',
      message: '「执照.pdf」有 20.0 MB，超过 10 MB 上限，请压缩后再上传',
    })
  })

  it('lets an H5 file input offer the same types', () => {
    expect(FILE_ACCEPT.split(',').sort()).toEqual(
      ['.jpeg', '.jpg', '.pdf', '.png', 'application/pdf', 'image/jpeg', 'image/png'].sort(),
    )
  })
})

describe('the picker and the backend refuse a file in the same words', () => {
  // Real bytes: backends read the content (a docx is a zip, PK..; a pdf starts %PDF-), not the label.
  const bytes = (size: number, magic: number[]) => {
    const data = new Uint8Array(size)
    data.set(magic)
    return data
  }
  const ZIP = [0x50, 0x4b, 0x03, 0x04]
  const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]

  it.each([
    [{ name: '章程.docx', size: 1024, mime: 'application/msword' }, ZIP, 400, 'VALIDATION_FAILED'],
    [{ name: '执照.pdf', size: 11 * MB, mime: 'application/pdf' }, PDF, 413, 'FILE_TOO_LARGE'],
  ])('%j → %s %s', async (file, magic, status, code) => {
    const { as } = setup()
    const res = await as('usr-owner-01').post('/files', { file: { ...file, data: bytes(file.size, magic) } })
    expect([res.status, res.body.error.code]).toEqual([status, code])
    const said = code === 'VALIDATION_FAILED' ? res.body.error.details[0].message : res.body.error.message
    expect(said).toBe(rejectReason({ ...file, path: `wxfile://tmp/${file.name}` }))
  })
})
