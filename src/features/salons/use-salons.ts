import useSWR from 'swr'

import type { IndustryChain } from '@/api/contract/schemas/common'
import type { AttendeeBooking, Salon, SalonStatus } from '@/api/contract/schemas/salon'
import { getMyBookings, getSalon, getSalonBookings, getSalons } from '@/api/endpoints/salons'
import type { ApiError } from '@/api/http/api-error'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'
import { useCursorPages } from '@/components/use-cursor-pages'
import { useSessionStore } from '@/stores/session-store'

const PAGE_SIZE = 10

type MyBookingList = Awaited<ReturnType<typeof getMyBookings>>

export interface SalonFilter {
  when?: 'upcoming' | 'past'
  industryChain?: IndustryChain
  status?: SalonStatus
}

/** One list of salons, paged by cursor; `loadMore` asks for the next page when there is one. */
export function useSalonList(filter: SalonFilter) {
  const token = useSessionStore((state) => state.token)
  const { when, industryChain, status } = filter
  return useCursorPages(
    token ? ['salons', token, { when, industryChain, status }] : null,
    (cursor) => getSalons({ when, industryChain, status, cursor, limit: PAGE_SIZE }),
    ['salon.updated', 'reconnected'],
    // Seats and states change under other users' taps: switching back to a tab always refetches.
    { dedupingInterval: 0 },
  )
}

/**
 * One salon. `live` (default): refetch when the server says it changed. A second user of the same salon
 * on one page (the share card) passes `live: false`: the page's own useSalon refetches for both, since
 * they share the cache, instead of each event fetching once per hook.
 */
export function useSalon(id: string | undefined, { live = true }: { live?: boolean } = {}) {
  const token = useSessionStore((state) => state.token)
  const swr = useSWR<Salon, ApiError>(token && id ? ['salon', token, id] : null, () => getSalon(id!), {
    // Opening the page always fetches. With SWR's 2 s dedupe a copy fetched just before a change was
    // shown as fresh when no page was listening as the change arrived: the waitlisted owner opened the
    // salon from the 候补名额待确认 notice and saw 候补第 1 位, with the offer never shown.
    dedupingInterval: 0,
  })
  // Seats, the waitlist place and a promotion all arrive as events: refetch to show them.
  useRealtimeEvent(['salon.updated', 'booking.updated', 'reconnected'], (event) => {
    if (!live) return
    const salonId = event.type === 'salon.updated' ? event.data.id : event.data?.salonId
    if (event.type === 'reconnected' || salonId === id) void swr.mutate()
  })
  return swr
}

export function useMyBookings() {
  const token = useSessionStore((state) => state.token)
  const swr = useSWR<MyBookingList, ApiError>(token ? ['my-bookings', token] : null, () =>
    getMyBookings({ limit: 100 }),
  )
  useRealtimeEvent(['booking.updated', 'reconnected'], () => void swr.mutate())
  return swr
}

/** The whole attendee list of a salon (a room holds at most a few hundred; pages of 100). */
export function useSalonBookings(salonId: string | undefined) {
  const token = useSessionStore((state) => state.token)
  const swr = useSWR<AttendeeBooking[], ApiError>(
    token && salonId ? ['salon-bookings', token, salonId] : null,
    async () => {
      const all: AttendeeBooking[] = []
      let cursor: string | undefined
      do {
        const page = await getSalonBookings(salonId!, { limit: 100, cursor })
        all.push(...page.items)
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      return all
    },
  )
  useRealtimeEvent(['salon.updated', 'booking.updated', 'reconnected'], () => void swr.mutate())
  return swr
}
