import type { User } from '../../src/api/contract/schemas/enterprise'
import type { FileRef } from '../../src/api/contract/schemas/file'
import type { Db, FileRow, SalonRow } from '../db'
import { validationFailed } from '../errors'

/** The optional fields a PUT replaces too: one left out of the body is removed, as PUT means. */
export const SALON_EXTRAS = ['agenda', 'speakerProfiles', 'coordinates', 'poster', 'signupFields'] as const

/**
 * A poster must be an image the admin uploaded, or the one the salon already shows (another admin may
 * have put it there); the stored FileRef wins over what the client sent. Anything else is 400.
 */
export function resolvePoster(
  db: Db,
  user: User,
  ref: FileRef | undefined,
  current?: SalonRow,
): FileRef | undefined {
  if (!ref) return undefined
  const row = db.files.get(ref.id)
  const ours = row && (row.ownerId === user.id || current?.poster?.id === ref.id)
  if (!ours || !row.ref.mime.startsWith('image/'))
    throw validationFailed([{ path: 'poster.id', message: '海报图片不存在，请重新上传' }])
  return (row as FileRow).ref
}

/** Whether a file is the poster of a salon this user may see (its signed url is handed out anyway). */
export function isVisiblePoster(db: Db, user: User, fileId: string): boolean {
  for (const salon of db.salons.values()) {
    if (salon.poster?.id !== fileId) continue
    if (user.role === 'admin' || (salon.status !== 'draft' && !salon.withdrawnDraft)) return true
  }
  return false
}
