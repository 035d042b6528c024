import { useRef, useState } from 'react'

import type { Salon } from '@/api/contract/schemas/salon'
import { createSalon, updateSalon } from '@/api/endpoints/salons'
import { toApiError } from '@/api/http/api-error'
import { notifyError, notifySuccess } from '@/components/notify'
import { useDraftStore } from '@/stores/draft-store'
import { randomId } from '@/utils/id'

import {
  EMPTY_SALON_FORM,
  salonToForm,
  serverFieldErrors,
  validateSalonForm,
  type SalonFormErrors,
  type SalonFormField,
  type SalonFormValues,
} from './salon-form-schema'

const programOf = ({
  agenda,
  speakerProfiles,
  coordinates,
  poster,
  signupFields,
  offerThresholdHours,
  offerWindowHours,
}: Salon) => ({
  agenda,
  speakerProfiles,
  coordinates,
  poster,
  signupFields,
  offerThresholdHours,
  offerWindowHours,
})

export const salonDraftKey = (salonId?: string) => `salon:${salonId ?? 'new'}`

/**
 * The salon form's state lives in the draft store, so what the admin typed survives leaving the page,
 * a failed save or an expired session; it is cleared only once the server has accepted it.
 */
export function useSalonForm(salon: Salon | undefined, onSaved: (salon: Salon) => void) {
  const key = salonDraftKey(salon?.id)
  const draft = useDraftStore((state) => state.drafts[key]) as SalonFormValues | undefined
  const saveDraft = useDraftStore((state) => state.saveDraft)
  const clearDraft = useDraftStore((state) => state.clearDraft)
  const values = draft ?? (salon ? salonToForm(salon) : EMPTY_SALON_FORM)
  const [errors, setErrors] = useState<SalonFormErrors>({})
  const [saving, setSaving] = useState(false)
  const createKey = useRef<string | null>(null)

  const setField = <F extends SalonFormField>(field: F, value: SalonFormValues[F]) => {
    saveDraft(key, { ...values, [field]: value })
    if (errors[field]) setErrors({ ...errors, [field]: undefined })
  }

  async function submit() {
    if (saving) return
    const checked = validateSalonForm(values, salon?.bookedCount ?? 0)
    if (checked.errors) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    setSaving(true)
    try {
      // One key per new salon: a retry after a timeout must not create a second draft.
      createKey.current ??= randomId('salon-')
      // PUT replaces every field: 活动资料 (edited on its own page) goes back as the salon has it now.
      const saved = salon
        ? await updateSalon(salon.id, { ...checked.body, ...programOf(salon) })
        : await createSalon(checked.body, createKey.current)
      createKey.current = null
      clearDraft(key)
      notifySuccess('已保存')
      onSaved(saved)
    } catch (error) {
      const apiError = toApiError(error)
      const fieldErrors = serverFieldErrors(apiError.details)
      if (apiError.code === 'CONFLICT' && /名额/.test(apiError.message))
        fieldErrors.capacity = apiError.message
      setErrors(fieldErrors)
      notifyError(apiError)
    } finally {
      setSaving(false)
    }
  }

  return { values, errors, saving, setField, submit }
}
