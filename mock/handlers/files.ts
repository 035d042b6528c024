import { fileMime, sniffFileMime, uploadProblem } from '../../src/api/contract/rules/uploads'
import { RawReply, type Handlers } from '../context'
import { randomString } from '../crypto'
import { HttpError, notFound, unauthenticated, validationFailed } from '../errors'

import { canReadFile } from './files-lookup'
import { unsignedFileUrl } from './files-signing'

/** 26 characters of 32: 130 random bits, from the platform's cryptographic generator (mock/crypto). */
const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'
const newFileId = () => `file-${randomString(ID_ALPHABET, 26)}`

const refused = (message: string) => validationFailed([{ path: 'file', message }], message)

export const fileHandlers = {
  /**
   * An upload is its bytes (multipart, field `file`): none, or none at all, is refused; the type is
   * what the bytes are (jpg, png, pdf by their magic numbers), whatever the label or the name says.
   * Only the app's own in-process backend (mock mode, `describedUploads`) takes a file described
   * without bytes, as WeChat's temp files are; there the label and the name decide, as on the phone.
   */
  uploadFile: ({ body, user, db, files }) => {
    const { name, data } = body.file
    if (!data && !files.describedUploads) throw refused('请以 multipart/form-data 上传文件内容')
    const size = data ? data.byteLength : body.file.size
    if (size === 0) throw refused(`「${name}」是空文件，请重新选择`)
    const sniffed = data ? sniffFileMime(data) : fileMime(name, body.file.mime)
    // The type is checked before the size, with the words the picker already showed the user.
    const problem = uploadProblem({ name, size, mime: sniffed ?? 'unknown/unknown' })
    if (problem?.kind === 'size') throw new HttpError(413, 'FILE_TOO_LARGE', problem.message)
    if (problem || !sniffed)
      throw validationFailed([{ path: 'file', message: problem?.message ?? '' }], '文件格式不支持')
    const id = newFileId()
    const ref = { id, name, url: unsignedFileUrl(id), size, mime: sniffed }
    db.files.set(id, { ref, ownerId: user.id, ...(data ? { data } : {}) })
    return ref
  },

  /** With a token of someone who may read it, or with the signed url an answer handed out. */
  getFile: ({ db, user, id, query, files, now }) => {
    const row = db.files.get(id)
    const signed = files.verify(id, query.expires, query.signature, now)
    if (row && (signed || (user && canReadFile(db, user, row)))) {
      return new RawReply(200, row.data ?? new Uint8Array(0), {
        'content-type': row.ref.mime,
        'cache-control': 'private, max-age=3600',
        'x-content-type-options': 'nosniff',
      })
    }
    if (!user && !query.signature) throw unauthenticated('请先登录')
    throw notFound('文件不存在或链接已过期')
  },
} satisfies Pick<Handlers, 'uploadFile' | 'getFile'>
