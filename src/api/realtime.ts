import { apiOrigin } from './http-client'
import { RealtimeClient, type RealtimeTransport } from './realtime-client'
import { API_PREFIX } from './routes'
import { taroSocketTransport } from './taro-socket-transport'

/** ws(s):// of the backend; on H5 with a same-origin backend, the page's own host. */
function socketUrl(): string {
  const origin = apiOrigin() || (typeof location !== 'undefined' ? location.origin : '')
  return `${origin.replace(/^http/, 'ws')}${API_PREFIX}/ws`
}

function pickTransport(): RealtimeTransport {
  if (process.env.TARO_APP_API_MODE !== 'remote') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('./mock-socket-transport') as typeof import('./mock-socket-transport'))
      .mockSocketTransport
  }
  return taroSocketTransport(socketUrl)
}

/** The app's one realtime connection; the session wiring connects and disconnects it. */
export const realtime = new RealtimeClient(pickTransport())
