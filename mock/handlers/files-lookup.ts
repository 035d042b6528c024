import type { User } from '../../src/api/contract/schemas/enterprise'
import type { FileRef } from '../../src/api/contract/schemas/file'
import { canReadRequest, canSeeEnterprise } from '../access'
import type { Db, FileRow } from '../db'
import { isParticipant } from '../domain/chat'
import { isVisiblePoster } from '../domain/salon-poster'
import { validationFailed } from '../errors'

import { fileIdOfUrl, unsignedFileUrl } from './files-signing'

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
  return refs.map((ref) => (db.files.get(ref.id) as FileRow).ref)
}

/**
 * Who may read a file with a token: whoever uploaded it, whoever may read a request it is attached to
 * (to the request or to one of its timeline steps), and the participants of a conversation it was sent
 * to as an image, and whoever may see a salon whose poster it is. Everyone else gets 404, as if it did not exist.
 */
export function canReadFile(db: Db, user: User, row: FileRow): boolean {
  if (row.ownerId === user.id) return true
  const { id } = row.ref
  const names = (refs: FileRef[] | undefined) => refs?.some((ref) => ref.id === id) ?? false
  for (const request of db.requests.values()) {
    const attached = names(request.attachments) || request.timeline.some((step) => names(step.attachments))
    if (attached && canReadRequest(db, user, request)) return true
  }
  // A visit's photos: whoever may see the visited enterprise (its owner, both specialists).
  for (const visit of db.visits.values()) {
    if (names(visit.photos) && canSeeEnterprise(db, user, visit.enterpriseId)) return true
  }
  const url = unsignedFileUrl(id)
  for (const conversation of db.conversations.values()) {
    if (!isParticipant(db, conversation, user.id)) continue
    if (conversation.messages.some((m) => m.type === 'image' && m.body === url)) return true
  }
  return isVisiblePoster(db, user, id)
}

/**
 * An image message's body: a url of a file the sender uploaded (signed or not, as its upload answer
 * gave it), kept as the file's unsigned url so every answer can sign it afresh. Anything else is 400:
 * an image message must not become a way to read, or to show, someone else's file.
 */
export function ownImageUrl(db: Db, user: User, url: string): string {
  const id = fileIdOfUrl(url)
  const row = id === undefined ? undefined : db.files.get(id)
  if (!row || row.ownerId !== user.id || !row.ref.mime.startsWith('image/')) {
    throw validationFailed([{ path: 'body', message: '图片不存在，请重新上传' }])
  }
  return unsignedFileUrl(row.ref.id)
}
