import { backoffMs } from '../http/retry'

export interface RealtimeEvent {
  type: string
  data: unknown
}

/** What carries the events: a WebSocket (Taro.connectSocket) or, in mock mode, the in-process backend. */
export interface RealtimeTransport {
  open(token: string, handlers: TransportHandlers): TransportConnection
}

export interface TransportHandlers {
  onOpen(): void
  onMessage(text: string): void
  onClose(): void
}

export interface TransportConnection {
  send(text: string): void
  close(): void
}

export type RealtimeStatus = 'idle' | 'connecting' | 'open' | 'reconnecting'

type Listener = (data: unknown) => void

export const HEARTBEAT_MS = 25_000
/** No pong this long after a ping: the socket is dead even if nobody told us. */
export const PONG_TIMEOUT_MS = 10_000

/**
 * One live connection per signed-in user. Subscribers listen by event type; after any reconnect they
 * hear `reconnected` and fetch what they missed (afterSeq), since events sent while down are gone.
 */
export class RealtimeClient {
  private connection?: TransportConnection
  private token?: string
  private listeners = new Map<string, Set<Listener>>()
  private attempt = 0
  private hasOpenedBefore = false
  private heartbeat?: ReturnType<typeof setInterval>
  private pongTimer?: ReturnType<typeof setTimeout>
  private reconnectTimer?: ReturnType<typeof setTimeout>
  status: RealtimeStatus = 'idle'

  constructor(
    private readonly transport: RealtimeTransport,
    private readonly random: () => number = Math.random,
  ) {}

  connect(token: string): void {
    if (this.token === token && this.status !== 'idle') return
    this.disconnect()
    this.token = token
    this.open()
  }

  disconnect(): void {
    this.token = undefined
    this.hasOpenedBefore = false
    this.attempt = 0
    this.clearTimers()
    const connection = this.connection
    this.connection = undefined
    connection?.close()
    this.status = 'idle'
  }

  /** Listen to one event type (`message.created`, ..., or `reconnected`); returns the unsubscribe. */
  subscribe(type: string, listener: Listener): () => void {
    const set = this.listeners.get(type) ?? new Set<Listener>()
    set.add(listener)
    this.listeners.set(type, set)
    return () => set.delete(listener)
  }

  private emit(type: string, data: unknown): void {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(data)
  }

  private open(): void {
    const token = this.token
    if (!token) return
    this.status = this.hasOpenedBefore ? 'reconnecting' : 'connecting'
    const connection = this.transport.open(token, {
      onOpen: () => {
        if (this.connection !== connection) return
        this.status = 'open'
        this.attempt = 0
        this.startHeartbeat()
        if (this.hasOpenedBefore) this.emit('reconnected', undefined)
        this.hasOpenedBefore = true
      },
      onMessage: (text) => {
        if (this.connection !== connection) return
        this.handleMessage(text)
      },
      onClose: () => {
        if (this.connection !== connection) return
        this.scheduleReconnect()
      },
    })
    this.connection = connection
  }

  private handleMessage(text: string): void {
    let event: RealtimeEvent
    try {
      event = JSON.parse(text) as RealtimeEvent
    } catch {
      return
    }
    if (event.type === 'pong') {
      clearTimeout(this.pongTimer)
      return
    }
    this.emit(event.type, event.data)
  }

  private startHeartbeat(): void {
    clearInterval(this.heartbeat)
    this.heartbeat = setInterval(() => {
      this.connection?.send(JSON.stringify({ type: 'ping' }))
      clearTimeout(this.pongTimer)
      this.pongTimer = setTimeout(() => this.dropAndReconnect(), PONG_TIMEOUT_MS)
    }, HEARTBEAT_MS)
  }

  private dropAndReconnect(): void {
    const connection = this.connection
    this.connection = undefined
    connection?.close()
    this.scheduleReconnect()
  }

  private scheduleReconnect(): void {
    this.clearTimers()
    this.connection = undefined
    if (!this.token) return
    this.status = 'reconnecting'
    const delay = backoffMs(this.attempt, this.random)
    this.attempt += 1
    this.reconnectTimer = setTimeout(() => this.open(), delay)
  }

  private clearTimers(): void {
    clearInterval(this.heartbeat)
    clearTimeout(this.pongTimer)
    clearTimeout(this.reconnectTimer)
  }
}
