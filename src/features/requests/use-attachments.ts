import { useRef, useState } from 'react'

import type { FileRef } from '@/api/contract/schemas/file'
import { uploadFile, type LocalFile } from '@/api/endpoints/files'
import type { ApiError } from '@/api/http/api-error'
import { randomId } from '@/utils/id'

import { pickFiles, rejectReason } from './pick-files'

export interface AttachmentItem {
  key: string
  name: string
  status: 'uploading' | 'done' | 'failed'
  progress: number
  ref?: FileRef
  error?: string
  local?: LocalFile
}

const fromRef = (ref: FileRef): AttachmentItem => ({
  key: ref.id,
  name: ref.name,
  status: 'done',
  progress: 100,
  ref,
})

/**
 * Files of one form: checked (type, size) before upload, uploaded with progress, retried or removed.
 * Uploaded refs go to `onChange` so the form's draft keeps them; what is still uploading can't.
 */
export function useAttachments(initial: FileRef[], onChange: (refs: FileRef[]) => void) {
  const [items, setItems] = useState<AttachmentItem[]>(() => initial.map(fromRef))
  const [rejected, setRejected] = useState<string[]>([])
  const itemsRef = useRef(items)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange

  const update = (next: (current: AttachmentItem[]) => AttachmentItem[]) => {
    itemsRef.current = next(itemsRef.current)
    setItems(itemsRef.current)
    const refs = itemsRef.current.flatMap((item) => (item.status === 'done' && item.ref ? [item.ref] : []))
    onChangeRef.current(refs)
  }
  const patch = (key: string, changes: Partial<AttachmentItem>) =>
    update((current) => current.map((item) => (item.key === key ? { ...item, ...changes } : item)))

  const upload = async (key: string, local: LocalFile) => {
    patch(key, { status: 'uploading', progress: 0, error: undefined })
    try {
      // The item's key is the upload's: a tap on retry after a lost answer gets the stored file back.
      const ref = await uploadFile(local, {
        onProgress: (progress) => patch(key, { progress }),
        idempotencyKey: key,
      })
      patch(key, { status: 'done', progress: 100, ref })
    } catch (error) {
      patch(key, { status: 'failed', error: (error as ApiError).message || '上传失败，请重试' })
    }
  }

  const addFiles = (files: LocalFile[]) => {
    const reasons = files.map(rejectReason)
    setRejected(reasons.filter((reason): reason is string => Boolean(reason)))
    const accepted = files.filter((_, index) => !reasons[index])
    const added = accepted.map((local) => ({
      key: randomId('att-'),
      name: local.name,
      status: 'uploading' as const,
      progress: 0,
      local,
    }))
    update((current) => [...current, ...added])
    for (const item of added) void upload(item.key, item.local)
  }

  return {
    items,
    rejected,
    uploading: items.some((item) => item.status === 'uploading'),
    pick: async () => addFiles(await pickFiles()),
    addFiles,
    retry: (key: string) => {
      const local = itemsRef.current.find((item) => item.key === key)?.local
      if (local) void upload(key, local)
    },
    remove: (key: string) => update((current) => current.filter((item) => item.key !== key)),
    reset: () => {
      setRejected([])
      update(() => [])
    },
  }
}

export type Attachments = ReturnType<typeof useAttachments>
