import useSWR from 'swr'

import type { SalonFeedbackSummary } from '@/api/contract/schemas/salon'
import { getSalonFeedback } from '@/api/endpoints/salons'
import type { ApiError } from '@/api/http/api-error'
import { useSessionStore } from '@/stores/session-store'

export { useSalon } from './use-salons'

/** A salon's attendance and feedback, for the admin; a rating arriving later shows on the next visit. */
export function useSalonFeedback(id: string | undefined) {
  const token = useSessionStore((state) => state.token)
  return useSWR<SalonFeedbackSummary, ApiError>(token && id ? ['salon-feedback', token, id] : null, () =>
    getSalonFeedback(id!),
  )
}
