import useSWRInfinite, { type SWRInfiniteConfiguration } from 'swr/infinite'

import type { ApiError } from '@/api/http/api-error'
import type { RealtimeEventType } from '@/api/realtime/realtime-client'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'

interface CursorPage {
  items: unknown[]
  nextCursor?: string | null
}

/**
 * A list the server pages by cursor (requests, salons, notices, follow-ups, visits), page by page as
 * the user scrolls. Each page's SWR key is `key` plus its cursor; a null key fetches nothing (signed
 * out, no id yet). `loadMore` asks for the next page unless one is loading or none is left. The events
 * in `live` refetch every page loaded: infinite lists sit outside the key filter of a global mutate.
 */
export function useCursorPages<P extends CursorPage>(
  key: readonly unknown[] | null,
  fetchPage: (cursor: string | undefined) => Promise<P>,
  live: readonly RealtimeEventType[],
  config?: SWRInfiniteConfiguration<P, ApiError>,
) {
  const pages = useSWRInfinite<P, ApiError>(
    (_index, previous: P | null) => {
      if (!key || (previous && !previous.nextCursor)) return null
      return [...key, previous?.nextCursor ?? '']
    },
    (pageKey: unknown[]) => fetchPage((pageKey[pageKey.length - 1] as string) || undefined),
    config,
  )
  const items = pages.data?.flatMap((page) => page.items as P['items'][number][])
  const hasMore = Boolean(pages.data?.[pages.data.length - 1]?.nextCursor)
  const loadingMore = pages.size > 0 && pages.data !== undefined && pages.data[pages.size - 1] === undefined
  const loadMore = () => {
    if (hasMore && !loadingMore) void pages.setSize(pages.size + 1)
  }
  const { mutate } = pages
  useRealtimeEvent(live, () => void mutate())
  return { ...pages, items, hasMore, loadingMore, loadMore }
}
