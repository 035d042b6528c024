import { fileMime, uploadProblem } from '../../src/api/contract/rules/uploads'
import { RawReply, type Handlers } from '../context'
import { randomCode } from '../db'
import { HttpError, notFound, validationFailed } from '../errors'

export const fileHandlers = {
  uploadFile: ({ db, user, body }) => {
    const { name, data } = body.file
    const size = data ? data.byteLength : body.file.size
    // The type is checked before the size, with the words the picker already showed the user.
    const problem = uploadProblem({ name, size, mime: body.file.mime })
    const mime = fileMime(name, body.file.mime)
    if (problem?.kind === 'size') throw new HttpError(413, 'FILE_TOO_LARGE', problem.message)
    if (problem || !mime) {
      throw validationFailed([{ path: 'file', message: problem?.message ?? '' }], '文件格式不支持')
    }
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
