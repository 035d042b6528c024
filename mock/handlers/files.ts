import { ALLOWED_FILE_MIMES, MAX_FILE_BYTES, type FileMime } from '../../src/api/contract/schemas/file'
import { RawReply, type Handlers } from '../context'
import { randomCode } from '../db'
import { HttpError, notFound, validationFailed } from '../errors'

const BY_EXTENSION: Record<string, FileMime> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
}

/** Browsers and WeChat disagree on MIME names; an unhelpful one falls back to the extension. */
function normaliseMime(name: string, mime: string): FileMime | undefined {
  const lower = mime.toLowerCase().split(';')[0]?.trim() ?? ''
  if (lower === 'image/jpg' || lower === 'image/pjpeg') return 'image/jpeg'
  if ((ALLOWED_FILE_MIMES as readonly string[]).includes(lower)) return lower as FileMime
  if (lower === '' || lower === 'application/octet-stream') {
    return BY_EXTENSION[name.split('.').pop()?.toLowerCase() ?? '']
  }
  return undefined
}

export const fileHandlers = {
  uploadFile: ({ db, user, body }) => {
    const { name, data } = body.file
    const mime = normaliseMime(name, body.file.mime)
    if (!mime)
      throw validationFailed([{ path: 'file', message: '仅支持 jpg、png、pdf 格式的文件' }], '文件格式不支持')
    const size = data ? data.byteLength : body.file.size
    if (size > MAX_FILE_BYTES) throw new HttpError(413, 'FILE_TOO_LARGE', '文件不能超过 10 MB')
    // Unguessable enough for a mock: GET /files/:id needs no token (an <image> tag can't send one).
    const id = `file-${randomCode(db, 12).toLowerCase()}`
    const ref = { id, name, url: `/api/v1/files/${id}`, size, mime }
    db.files.set(id, { ref, ownerId: user.id, ...(data ? { data } : {}) })
    return ref
  },

  getFile: ({ db, id }) => {
    const row = db.files.get(id)
    if (!row) throw notFound('文件不存在')
    return new RawReply(200, row.data ?? new Uint8Array(0), {
      'content-type': row.ref.mime,
      'cache-control': 'private, max-age=86400',
    })
  },
} satisfies Pick<Handlers, 'uploadFile' | 'getFile'>
