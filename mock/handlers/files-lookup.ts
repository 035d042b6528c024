import type { User } from '../../src/api/contract/schemas/enterprise'
import type { FileRef } from '../../src/api/contract/schemas/file'
import type { Db } from '../db'
import { validationFailed } from '../errors'

/** Attachments must be files this user uploaded; the stored FileRef wins over what the client sent. */
export function resolveAttachments(
  db: Db,
  user: User,
  refs: FileRef[] | undefined,
  path = 'attachments',
): FileRef[] {
  if (!refs?.length) return []
  const errors = refs.flatMap((ref, i) => {
    const row = db.files.get(ref.id)
    return row && row.ownerId === user.id
      ? []
      : [{ path: `${path}.${i}.id`, message: '附件不存在，请重新上传' }]
  })
  if (errors.length) throw validationFailed(errors)
  return refs.map((ref) => (db.files.get(ref.id) as NonNullable<ReturnType<Db['files']['get']>>).ref)
}
