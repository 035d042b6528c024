import Taro from '@tarojs/taro'

import type { RealtimeTransport } from '../realtime/realtime-client'

/** The WebSocket behind the realtime client, through Taro.connectSocket (WeChat's only socket API). */
export function taroSocketTransport(wsUrl: () => string): RealtimeTransport {
  return {
    open(token, handlers) {
      let task: Taro.SocketTask | undefined
      let closed = false
      const url = `${wsUrl()}?token=${encodeURIComponent(token)}`
      Taro.connectSocket({ url })
        .then((socketTask) => {
          task = socketTask
          if (closed) return socketTask.close({})
          socketTask.onOpen(() => handlers.onOpen())
          socketTask.onMessage((message) => handlers.onMessage(String(message.data)))
          socketTask.onClose(() => handlers.onClose())
          socketTask.onError(() => handlers.onClose())
        })
        .catch(() => handlers.onClose())
      return {
        send: (text) => task?.send({ data: text }),
        close: () => {
          closed = true
          task?.close({})
        },
      }
    },
  }
}
