import useSWR, { useSWRConfig } from 'swr'

import type { ContactSummary, Visit } from '@/api/contract/schemas/visit'
import { getEnterpriseContacts, getEnterpriseVisits } from '@/api/endpoints/visits'
import type { ApiError } from '@/api/http/api-error'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'
import { useCursorPages } from '@/components/use-cursor-pages'
import { useSessionStore } from '@/stores/session-store'

const ROOT = 'visits'
const PAGE_SIZE = 20
/** A visit planned, recorded or changed (a problem raised as a request), or a reconnect that lost one. */
const LIVE = ['visit.updated', 'reconnected'] as const

/** One enterprise's visits, newest first, page by page. */
export function useEnterpriseVisits(enterpriseId: string | undefined) {
  const token = useSessionStore((state) => state.token)
  return useCursorPages(
    token && enterpriseId ? [ROOT, 'enterprise', enterpriseId, token] : null,
    (cursor) => getEnterpriseVisits(enterpriseId as string, { cursor, limit: PAGE_SIZE }),
    LIVE,
  )
}

/** Last visit, next plan and the overdue mark of each of the specialist's enterprises. */
export function useContacts() {
  const token = useSessionStore((state) => state.token)
  const query = useSWR<ContactSummary, ApiError>(token ? [ROOT, 'contacts', token] : null, () =>
    getEnterpriseContacts(),
  )
  const { mutate } = useSWRConfig()
  useRealtimeEvent(LIVE, () => void mutate((key) => Array.isArray(key) && key[0] === ROOT))
  return query
}

/** After this user's own save: lists and the contact summary ask again. */
export function useVisitCache() {
  const { mutate } = useSWRConfig()
  return (_visit: Visit) => void mutate((key) => Array.isArray(key) && key[0] === ROOT)
}
