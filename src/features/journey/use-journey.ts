import useSWR, { useSWRConfig } from 'swr'

import type { Journey } from '@/api/contract/schemas/journey'
import { getJourney, getJourneys } from '@/api/endpoints/journeys'
import type { ApiError } from '@/api/http/api-error'
import { useRealtimeEvent } from '@/api/realtime/use-realtime-event'
import { useSessionStore } from '@/stores/session-store'

const ROOT = 'journey'
// A completed request moves a step (the server says so with journey.updated; request.updated too, for
// a server that only sends that); a reconnect may have lost either.
const LIVE = ['journey.updated', 'request.updated', 'reconnected'] as const

/** One enterprise's landing journey, live. */
export function useJourney(enterpriseId: string | undefined) {
  const token = useSessionStore((state) => state.token)
  const query = useSWR<Journey, ApiError>(
    token && enterpriseId ? [ROOT, 'one', enterpriseId, token] : null,
    () => getJourney(enterpriseId as string),
  )
  useJourneyUpdates()
  return query
}

/** The journeys of the specialist's enterprises (or, for an admin, all). */
export function useJourneys() {
  const token = useSessionStore((state) => state.token)
  const query = useSWR<Journey[], ApiError>(token ? [ROOT, 'all', token] : null, () => getJourneys())
  useJourneyUpdates()
  return query
}

function useJourneyUpdates() {
  const { mutate } = useSWRConfig()
  useRealtimeEvent(LIVE, () => void mutate((key) => Array.isArray(key) && key[0] === ROOT))
}

/** After this user's own mark: the answer is the journey; lists of journeys refetch. */
export function useJourneyCache() {
  const { mutate } = useSWRConfig()
  return (journey: Journey) => {
    void mutate((key) => Array.isArray(key) && key[0] === ROOT && key[2] === journey.enterpriseId, journey, {
      revalidate: false,
    })
    void mutate((key) => Array.isArray(key) && key[0] === ROOT && key[1] === 'all')
  }
}
