import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'

import type { User } from '@/api/contract/schemas/enterprise'
import type { FileRef } from '@/api/contract/schemas/file'
import type { ServiceRequest, ServiceType } from '@/api/contract/schemas/service-request'
import { raiseServiceRequest } from '@/api/endpoints/raise'
import { createServiceRequest } from '@/api/endpoints/service-requests'
import { toApiError } from '@/api/http/api-error'
import { notifyError } from '@/components/notify'
import { useMe } from '@/features/session/use-me'

import { serverFieldErrors, validateDraft, type FieldDraft, type FieldErrors } from './field-schema'
import { clearDraft, readDraft, writeDraft, type RequestDraft } from './request-draft'
import { useAttachments } from './use-attachments'

/**
 * What the account already knows, for the fields that ask it again: the contact person (the catalogue's
 * `contactName`) is the owner, the phone field their account's number.
 */
export function accountPrefill(type: Pick<ServiceType, 'fields'>, user: User | undefined): FieldDraft {
  const known: FieldDraft = {}
  if (user?.role !== 'owner') return known
  for (const spec of type.fields) {
    if (spec.key === 'contactName') known[spec.key] = user.name
    else if (spec.type === 'phone' && user.phone) known[spec.key] = user.phone
  }
  return known
}

/** A request a specialist raises for an enterprise, maybe from a problem found on a visit. */
export interface RaiseOn {
  enterpriseId: string
  visitId?: string
  problemId?: string
}

/**
 * The request form of one service type: the draft (kept in storage on every change), errors shown as
 * the user types (for the fields they touched) and all of them on submit, and one request per draft.
 */
export function useRequestForm(
  type: ServiceType,
  onCreated: (request: ServiceRequest) => void,
  raise?: RaiseOn,
) {
  // A specialist's draft for an enterprise (and problem) is its own, apart from any other form's.
  const draftName = raise ? `raise:${raise.enterpriseId}:${raise.problemId ?? ''}:${type.code}` : type.code
  const [draft, setDraft] = useState<RequestDraft>(() => readDraft(draftName))
  const draftRef = useRef(draft)
  // Shown and sent until the user types in the field: from then on the draft's value wins, even blank.
  const prefill = accountPrefill(type, useMe().data?.user)
  const prefillRef = useRef(prefill)
  prefillRef.current = prefill
  const values: FieldDraft = { ...prefill, ...draft.values }
  const [touched, setTouched] = useState<Record<string, boolean>>({})
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const [submitting, setSubmitting] = useState(false)
  const submittingRef = useRef(false)

  const save = (changes: Partial<Omit<RequestDraft, 'idempotencyKey'>>) => {
    const next = writeDraft(draftName, { ...draftRef.current, ...changes })
    draftRef.current = next
    setDraft(next)
  }
  const attachments = useAttachments(draft.attachments, (refs: FileRef[]) => save({ attachments: refs }))

  const check = validateDraft(type, values)
  const liveErrors = check.ok ? {} : check.errors
  const errors: FieldErrors = {}
  for (const spec of type.fields) {
    const message = serverErrors[spec.key] ?? liveErrors[spec.key]
    if (message && touched[spec.key]) errors[spec.key] = message
  }

  const setValue = (key: string, value: string) => {
    setTouched((current) => ({ ...current, [key]: true }))
    setServerErrors(({ [key]: _gone, ...rest }) => rest)
    save({ values: { ...draftRef.current.values, [key]: value } })
  }

  const submit = async () => {
    if (submittingRef.current) return
    const result = validateDraft(type, { ...prefillRef.current, ...draftRef.current.values })
    if (!result.ok) {
      setTouched(Object.fromEntries(type.fields.map((spec) => [spec.key, true])))
      void Taro.showToast({ title: '请按提示修改标红的项目', icon: 'none' })
      // The first wrong field may be a screen above the button: bring it into view once it is red.
      setTimeout(
        () =>
          void Taro.pageScrollTo({ selector: '.form-field.has-error', duration: 200 }).catch(() => undefined),
        50,
      )
      return
    }
    if (attachments.uploading) {
      void Taro.showToast({ title: '附件还在上传，请稍候', icon: 'none' })
      return
    }
    submittingRef.current = true
    setSubmitting(true)
    const { attachments: files, note, idempotencyKey } = draftRef.current
    try {
      const body = {
        serviceType: type.code,
        fields: result.values,
        attachments: files,
        note: note.trim() || undefined,
      }
      const request = raise
        ? await raiseServiceRequest(
            raise.enterpriseId,
            { ...body, visitId: raise.visitId, problemId: raise.problemId },
            idempotencyKey,
          )
        : await createServiceRequest(body, idempotencyKey)
      clearDraft(draftName)
      // No toast: the page shows the result itself (申请已提交 and what comes next).
      onCreated(request)
    } catch (error) {
      // The draft stays as it was (same key): tapping again retries the very same request.
      const apiError = toApiError(error)
      if (apiError.code === 'VALIDATION_FAILED') {
        setServerErrors(serverFieldErrors(apiError.details))
        setTouched(Object.fromEntries(type.fields.map((spec) => [spec.key, true])))
      }
      notifyError(apiError)
    } finally {
      submittingRef.current = false
      setSubmitting(false)
    }
  }

  return {
    values,
    note: draft.note,
    errors,
    attachments,
    submitting,
    setValue,
    touch: (key: string) => setTouched((current) => ({ ...current, [key]: true })),
    setNote: (note: string) => save({ note }),
    submit,
  }
}
