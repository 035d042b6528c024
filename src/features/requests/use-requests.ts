import useSWR, { useSWRConfig } from 'swr'
import useSWRInfinite from 'swr/infinite'

import type {
  RequestStatus,
  ServiceRequest,
  ServiceRequestList,
  ServiceType,
} from '@/api/contract/schemas/service-request'
import { getServiceRequest, getServiceRequests, getServiceTypes } from '@/api/endpoints/service-requests'
import type { ApiError } from '@/api/http/api-error'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'
import { useSessionStore } from '@/stores/session-store'
import { useShowAgain } from '@/utils/use-show-again'

/** Every SWR key of this feature starts with this, so one event can refresh them all. */
const ROOT = 'service-requests'
const PAGE_SIZE = 20
/** What makes this feature's lists stale: a change pushed by the server, or a reconnect that lost some. */
const LIVE = ['request.updated', 'reconnected'] as const

export function useServiceTypes() {
  return useSWR<ServiceType[], ApiError>(['service-types'], () => getServiceTypes(), {
    dedupingInterval: 60_000,
  })
}

/** One status (or all), page by page as the user scrolls: `loadMore` asks for the next cursor. */
export function useRequestPages(status: RequestStatus | '') {
  const token = useSessionStore((state) => state.token)
  const pages = useSWRInfinite<ServiceRequestList, ApiError>(
    (_index, previous: ServiceRequestList | null) => {
      if (!token || (previous && !previous.nextCursor)) return null
      return [ROOT, 'page', status, previous?.nextCursor ?? '', token]
    },
    ([, , s, cursor]: [string, string, string, string]) =>
      getServiceRequests({ status: s || undefined, cursor: cursor || undefined, limit: PAGE_SIZE }),
  )
  const items = pages.data?.flatMap((page) => page.items)
  const hasMore = Boolean(pages.data?.[pages.data.length - 1]?.nextCursor)
  const loadingMore = pages.size > 0 && pages.data !== undefined && pages.data[pages.size - 1] === undefined
  const loadMore = () => {
    if (hasMore && !loadingMore) void pages.setSize(pages.size + 1)
  }
  const { mutate } = pages
  // Infinite lists sit outside the key filter of a global mutate: they listen for themselves.
  useRealtimeEvent(LIVE, () => void mutate())
  return { ...pages, items, hasMore, loadingMore, loadMore }
}

/**
 * Every request the caller may see, all pages: for counts per status and for lists the app sorts
 * itself (the queue by urgency). An owner or a specialist has tens of them, not thousands.
 */
export function useAllRequests() {
  const token = useSessionStore((state) => state.token)
  return useSWR<ServiceRequest[], ApiError>(token ? [ROOT, 'all', token] : null, async () => {
    const all: ServiceRequest[] = []
    let cursor: string | undefined
    do {
      const page = await getServiceRequests({ cursor, limit: 100 })
      all.push(...page.items)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    return all
  })
}

export function countByStatus(
  requests: ServiceRequest[] | undefined,
): Partial<Record<RequestStatus, number>> {
  const counts: Partial<Record<RequestStatus, number>> = {}
  for (const request of requests ?? []) counts[request.status] = (counts[request.status] ?? 0) + 1
  return counts
}

export function useServiceRequest(id: string | undefined) {
  return useSWR<ServiceRequest, ApiError>(id ? [ROOT, 'one', id] : null, () =>
    getServiceRequest(id as string),
  )
}

/**
 * The other side acted (socket event request.updated), or the socket is back after a drop that may
 * have lost such events: refresh whatever of this feature is on screen.
 */
export function useRequestUpdates() {
  const { mutate } = useSWRConfig()
  useRealtimeEvent(LIVE, () => void mutate((key) => Array.isArray(key) && key[0] === ROOT))
}

/** Asks for one request again (its page's pull to refresh), so no page rebuilds this feature's keys. */
export function useRefreshRequest() {
  const { mutate } = useSWRConfig()
  return (id: string | undefined) => (id ? mutate([ROOT, 'one', id]) : Promise.resolve())
}

/** After this user's own action: the new request goes straight into the cache, lists refetch. */
export function useRequestCache() {
  const { mutate } = useSWRConfig()
  return (request: ServiceRequest) => {
    void mutate([ROOT, 'one', request.id], request, { revalidate: false })
    void mutate((key) => Array.isArray(key) && key[0] === ROOT && key[1] !== 'one')
  }
}

/**
 * Pages stay mounted under the ones opened on top (and tab pages for good): each time one shows
 * again it asks anew, so a change made elsewhere is there on the next look even without the socket.
 */
export function useRefreshOnShow(refresh: () => unknown) {
  useShowAgain(() => void refresh())
}
