import useSWR, { useSWRConfig } from 'swr'
import useSWRInfinite from 'swr/infinite'

import type { ContactSummary, Visit, VisitList } from '@/api/contract/schemas/visit'
import { getEnterpriseContacts, getEnterpriseVisits } from '@/api/endpoints/visits'
import type { ApiError } from '@/api/http/api-error'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'
import { useSessionStore } from '@/stores/session-store'

const ROOT = 'visits'
const PAGE_SIZE = 20
/** A visit planned, recorded or changed (a problem raised as a request), or a reconnect that lost one. */
const LIVE = ['visit.updated', 'reconnected'] as const

/** One enterprise's visits, newest first, page by page. */
export function useEnterpriseVisits(enterpriseId: string | undefined) {
  const token = useSessionStore((state) => state.token)
  const pages = useSWRInfinite<VisitList, ApiError>(
    (_index, previous: VisitList | null) => {
      if (!token || !enterpriseId || (previous && !previous.nextCursor)) return null
      return [ROOT, 'enterprise', enterpriseId, previous?.nextCursor ?? '', token]
    },
    ([, , id, cursor]: [string, string, string, string]) =>
      getEnterpriseVisits(id, { cursor: cursor || undefined, limit: PAGE_SIZE }),
  )
  const items = pages.data?.flatMap((page) => page.items)
  const hasMore = Boolean(pages.data?.[pages.data.length - 1]?.nextCursor)
  const loadingMore = pages.size > 0 && pages.data !== undefined && pages.data[pages.size - 1] === undefined
  const { mutate } = pages
  // Infinite lists sit outside the key filter of a global mutate: they listen for themselves.
  useRealtimeEvent(LIVE, () => void mutate())
  return {
    ...pages,
    items,
    hasMore,
    loadingMore,
    loadMore: () => {
      if (hasMore && !loadingMore) void pages.setSize(pages.size + 1)
    },
  }
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
