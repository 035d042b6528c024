import { useEffect, useRef } from 'react'

import { subscribe } from './realtime'
import type { RealtimeEvent, RealtimeEventType } from './realtime-client'

/**
 * The one way a component listens to the socket: `useRealtimeEvent(['request.updated', 'reconnected'],
 * (event) => ...)`. The listener may change every render; the subscription changes only with the types.
 * A list that shows server data lists `reconnected` too: events sent while the socket was down are gone.
 */
export function useRealtimeEvent<K extends RealtimeEventType>(
  types: K | readonly K[],
  listener: (event: RealtimeEvent<K>) => void,
): void {
  const latest = useRef(listener)
  latest.current = listener
  const key = typeof types === 'string' ? types : types.join(',')
  useEffect(() => subscribe(key.split(',') as K[], (event) => latest.current(event)), [key])
}
