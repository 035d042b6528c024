import { taroSocketTransport } from '../adapters/taro-socket-transport'
import { API_PREFIX } from '../contract/api-prefix'
import { apiOrigin } from '../http/http-client'

import {
  RealtimeClient,
  type RealtimeEvent,
  type RealtimeEventType,
  type RealtimeTransport,
} from './realtime-client'

/** ws(s):// of the backend; on H5 with a same-origin backend, the page's own host. */
function socketUrl(): string {
  const origin = apiOrigin() || (typeof location !== 'undefined' ? location.origin : '')
  return `${origin.replace(/^http/, 'ws')}${API_PREFIX}/ws`
}

function pickTransport(): RealtimeTransport {
  if (process.env.TARO_APP_API_MODE !== 'remote') {
    type MockTransportModule = typeof import('../adapters/mock-socket-transport')
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mockModule = require('../adapters/mock-socket-transport') as MockTransportModule
    return mockModule.mockSocketTransport
  }
  return taroSocketTransport(socketUrl)
}

/** The app's one realtime connection; the session wiring connects and disconnects it. */
export const realtime = new RealtimeClient(pickTransport())

/**
 * Listen to the app's socket outside React (stores, wiring): one type or several, typed by the event
 * map. Components use `useRealtimeEvent`, which is this with the subscription tied to the component.
 */
export function subscribe<K extends RealtimeEventType>(
  types: K | readonly K[],
  listener: (event: RealtimeEvent<K>) => void,
): () => void {
  return realtime.subscribe(types, listener)
}
