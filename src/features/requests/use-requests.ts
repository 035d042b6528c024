import useSWR, { useSWRConfig } from 'swr'

import type {
  RequestStatus,
  ServiceRequest,
  ServiceRequestCounts,
  ServiceType,
} from '@/api/contract/schemas/service-request'
import {
  getServiceRequest,
  getServiceRequestCounts,
  getServiceRequests,
  getServiceTypes,
} from '@/api/endpoints/service-requests'
import type { ApiError } from '@/api/http/api-error'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'
import { useCursorPages } from '@/components/use-cursor-pages'
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

/** `updated`: the newest change first (the owner's lists); `due`: the 工作台 order, open work by due date. */
export type RequestSort = 'updated' | 'due'

/** Cards once each: a request that moved between two page fetches of one refresh must not show twice. */
function uniqueById(requests: ServiceRequest[]): ServiceRequest[] {
  const seen = new Set<string>()
  return requests.filter((request) => (seen.has(request.id) ? false : (seen.add(request.id), true)))
}

/**
 * One status, several (the queue's 待办) or all, page by page as the user scrolls: `loadMore` asks for
 * the next cursor. The one paged list of requests: 我的申请 and the specialist's 工作台 both use it.
 * A change pushed by the server refetches every page already loaded (the list keeps its length).
 */
export function useRequestPages(
  status: RequestStatus | readonly RequestStatus[] | '',
  { sort = 'updated' }: { sort?: RequestSort } = {},
) {
  const token = useSessionStore((state) => state.token)
  const statuses = typeof status === 'string' ? status : status.join(',')
  const pages = useCursorPages(
    token ? [ROOT, 'page', statuses, sort, token] : null,
    (cursor) =>
      getServiceRequests({
        status: statuses || undefined,
        // The default order is left out of the query, as callers before `sort` sent it.
        sort: sort === 'updated' ? undefined : sort,
        cursor,
        limit: PAGE_SIZE,
      }),
    LIVE,
  )
  const items = pages.items && uniqueById(pages.items)
  /**
   * Call before switching to another list (a tab): this one, shown again, starts at its first page.
   * SWR keeps each list's page count, and every cached page rendered at once on the way back would be
   * the whole-list setData that paging avoids.
   */
  const rewind = () => {
    if (pages.size > 1) void pages.setSize(1)
  }
  return { ...pages, items, rewind }
}

/** Requests per status and in all, as the list would page through them: the numbers on tabs. */
export function useRequestCounts() {
  const token = useSessionStore((state) => state.token)
  return useSWR<ServiceRequestCounts, ApiError>(token ? [ROOT, 'counts', token] : null, () =>
    getServiceRequestCounts(),
  )
}

/**
 * Every request the caller may see, all pages: for the owner's counts and to-dos and for the small
 * lists the app sorts itself (an enterprise's open work by urgency). An owner has tens of them; a
 * specialist's history grows by the month, so the 工作台 pages instead (useRequestPages, sort 'due').
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
