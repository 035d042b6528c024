import type { RealtimeTransport } from '../realtime/realtime-client'

import { subscribeMockEvents } from './mock-adapter'
import { loadMockBackend } from './mock-backend'

/**
 * The WebSocket of mock mode: the in-process backend's events, as JSON text, with the server's ping →
 * pong and its refusal of an unknown token. Opens and answers asynchronously, like a real socket.
 */
export const mockSocketTransport: RealtimeTransport = {
  open(token, handlers) {
    let closed = false
    let unsubscribe = () => {}
    const opener = setTimeout(() => {
      void loadMockBackend()
        .then(async (backend) => {
          if (closed) return
          if (!backend.userIdForToken(token)) {
            closed = true
            handlers.onClose()
            return
          }
          const stop = await subscribeMockEvents(token, (event) => {
            if (!closed) handlers.onMessage(JSON.stringify(event))
          })
          // Closed while subscribing: nothing may arrive after close().
          if (closed) return stop()
          unsubscribe = stop
          handlers.onOpen()
        })
        // The backend's subpackage did not download (WeChat, offline): a socket that failed to open.
        .catch(() => {
          if (closed) return
          closed = true
          handlers.onClose()
        })
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
