import type { RealtimeTransport } from '../realtime/realtime-client'

import { getMockBackend, subscribeMockEvents } from './mock-adapter'

/**
 * The WebSocket of mock mode: the in-process backend's events, as JSON text, with the server's ping →
 * pong and its refusal of an unknown token. Opens and answers asynchronously, like a real socket.
 */
export const mockSocketTransport: RealtimeTransport = {
  open(token, handlers) {
    let closed = false
    let unsubscribe = () => {}
    const opener = setTimeout(() => {
      if (closed) return
      if (!getMockBackend().userIdForToken(token)) {
        closed = true
        handlers.onClose()
        return
      }
      unsubscribe = subscribeMockEvents(token, (event) => {
        if (!closed) handlers.onMessage(JSON.stringify(event))
      })
      handlers.onOpen()
    }, 0)
    return {
      send(text) {
        if (closed) return
        let message: { type?: unknown }
        try {
          message = JSON.parse(text) as { type?: unknown }
        } catch {
          return
        }
        if (message.type === 'ping') {
          setTimeout(() => !closed && handlers.onMessage(JSON.stringify({ type: 'pong' })), 0)
        }
      },
      close() {
        if (closed) return
        closed = true
        clearTimeout(opener)
        unsubscribe()
      },
    }
  },
}

export { subscribeMockEvents }
