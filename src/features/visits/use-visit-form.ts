import Taro from '@tarojs/taro'
import dayjs from 'dayjs'
import { useRef, useState } from 'react'

import { visitInputErrors } from '@/api/contract/rules/visits'
import type { FileRef } from '@/api/contract/schemas/file'
import type { Visit, VisitBody, VisitStatus } from '@/api/contract/schemas/visit'
import { createVisit, updateVisit } from '@/api/endpoints/visits'
import { toApiError } from '@/api/http/api-error'
import { notifyError } from '@/components/notify'

import {
  blankDraft,
  clearVisitDraft,
  draftOf,
  newProblem,
  readVisitDraft,
  visitDraftKey,
  writeVisitDraft,
  type ProblemDraft,
  type VisitDraft,
} from './visit-draft'

export type VisitErrors = Record<string, string>

function bodyOf(draft: VisitDraft): VisitBody {
  const done = draft.status === 'done'
  return {
    status: draft.status,
    visitedAt: dayjs(draft.at).format(),
    purpose: draft.purpose.trim(),
    ...(done && draft.method ? { method: draft.method } : {}),
    ...(draft.metWith.trim() ? { metWith: draft.metWith.trim() } : {}),
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
    photos: done ? draft.photos : [],
    problems: draft.problems.map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      category: p.category as NonNullable<ProblemDraft['category']>,
      description: p.description,
    })),
  }
}

const tooLong = (value: string | undefined, max: number) => (value ?? '').length > max

/**
 * The form's errors by field path ('purpose', 'problems.0.description'), with the words the backend
 * would answer (the contract's VisitBodySchema and visitInputErrors). Written out rather than parsed
 * with the schema so the field package ships without zod; test/unit/features/visit-form-rules.test.ts
 * holds the two to the same verdicts.
 */
export function checkVisit(draft: VisitDraft, now = new Date()): VisitErrors {
  const errors: VisitErrors = {}
  const body = bodyOf(draft)
  if (!body.purpose) errors.purpose = '请填写走访目的'
  else if (tooLong(body.purpose, 100)) errors.purpose = '走访目的不能超过 100 个字'
  if (tooLong(body.metWith, 100)) errors.metWith = '接待人不能超过 100 个字'
  if (tooLong(body.notes, 2000)) errors.notes = '走访记录不能超过 2000 个字'
  if ((body.photos?.length ?? 0) > 9) errors.photos = '照片最多 9 张'
  if (draft.problems.length > 10) errors.problems = '问题最多 10 条'
  draft.problems.forEach((p, i) => {
    if (!p.category) errors[`problems.${i}.category`] = '请选择问题类别'
    if (!p.description.trim()) errors[`problems.${i}.description`] = '请描述问题'
    else if (tooLong(p.description.trim(), 300))
      errors[`problems.${i}.description`] = '问题描述不能超过 300 个字'
  })
  for (const e of visitInputErrors(body, now)) errors[e.path] ??= e.message
  return errors
}

interface Options {
  enterpriseId: string
  /** Editing this visit; without it, a new one. */
  visit?: Visit
  status: VisitStatus
  onSaved: (visit: Visit) => void
}

/**
 * A visit's form: every change saved as a draft (a restart loses nothing), errors shown once the user
 * tries to save (or the server refuses), and one visit per draft however often 保存 is tapped.
 */
export function useVisitForm({ enterpriseId, visit, status, onSaved }: Options) {
  const key = visitDraftKey(enterpriseId, visit?.id)
  const [draft, setDraft] = useState<VisitDraft>(
    () => readVisitDraft(key) ?? (visit ? draftOf(visit, status) : blankDraft(status)),
  )
  const draftRef = useRef(draft)
  const [errors, setErrors] = useState<VisitErrors>({})
  const [tried, setTried] = useState(false)
  const [saving, setSaving] = useState(false)
  const savingRef = useRef(false)

  const save = (changes: Partial<Omit<VisitDraft, 'idempotencyKey'>>) => {
    const next = writeVisitDraft(key, { ...draftRef.current, ...changes })
    draftRef.current = next
    setDraft(next)
    if (tried) setErrors(checkVisit(next))
  }

  const setProblem = (problemKey: string, changes: Partial<ProblemDraft>) =>
    save({
      problems: draftRef.current.problems.map((p) => (p.key === problemKey ? { ...p, ...changes } : p)),
    })

  const submit = async (photosUploading: boolean) => {
    if (savingRef.current) return
    setTried(true)
    const found = checkVisit(draftRef.current)
    setErrors(found)
    if (Object.keys(found).length) {
      void Taro.showToast({ title: '请按提示修改标红的项目', icon: 'none' })
      return
    }
    if (photosUploading) {
      void Taro.showToast({ title: '照片还在上传，请稍候', icon: 'none' })
      return
    }
    savingRef.current = true
    setSaving(true)
    const body = bodyOf(draftRef.current)
    try {
      const saved = visit
        ? await updateVisit(visit.id, body)
        : await createVisit({ ...body, enterpriseId }, draftRef.current.idempotencyKey)
      clearVisitDraft(key)
      onSaved(saved)
    } catch (error) {
      // The draft stays (same key): tapping again retries the same visit.
      const apiError = toApiError(error)
      if (apiError.code === 'VALIDATION_FAILED' && Array.isArray(apiError.details)) {
        const fromServer: VisitErrors = {}
        for (const d of apiError.details as { path?: string; message?: string }[]) {
          if (d.path && d.message) fromServer[d.path] = d.message
        }
        setErrors(fromServer)
      }
      notifyError(apiError)
    } finally {
      savingRef.current = false
      setSaving(false)
    }
  }

  return {
    draft,
    errors,
    saving,
    set: save,
    setPhotos: (photos: FileRef[]) => save({ photos }),
    addProblem: () => save({ problems: [...draftRef.current.problems, newProblem()] }),
    removeProblem: (problemKey: string) =>
      save({ problems: draftRef.current.problems.filter((p) => p.key !== problemKey) }),
    setProblem,
    submit,
  }
}

export type VisitForm = ReturnType<typeof useVisitForm>
