import type { ServerEventMap, ServerEventType } from '../contract/schemas/events'
import { hasKeys } from '../http/has-keys'
import { backoffMs } from '../http/retry'
import { EVENT_REQUIRED_KEYS } from '../http/route-table'

/** The server's events (from the contract's schemas) and the client's own `reconnected`. */
export type RealtimeEventMap = ServerEventMap & {
  /** The socket is back after a drop: events sent meanwhile are gone, so refetch what is shown. */
  reconnected: undefined
}
export type RealtimeEventType = keyof RealtimeEventMap

/** One event as a listener gets it: `type` tells which, and narrows `data`. */
export type RealtimeEvent<K extends RealtimeEventType = RealtimeEventType> = {
  [T in K]: { type: T; data: RealtimeEventMap[T] }
}[K]

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

type Listener = (event: RealtimeEvent) => void

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

  /**
   * Listen to one event type or several (`message.created`, ..., `reconnected`); the listener gets
   * `{ type, data }` with data typed by the event map. Returns the unsubscribe.
   */
  subscribe<K extends RealtimeEventType>(
    types: K | readonly K[],
    listener: (event: RealtimeEvent<K>) => void,
  ): () => void {
    const all: readonly K[] = typeof types === 'string' ? [types] : types
    const wrapped = listener as Listener
    for (const type of all) {
      const set = this.listeners.get(type) ?? new Set<Listener>()
      set.add(wrapped)
      this.listeners.set(type, set)
    }
    return () => all.forEach((type) => this.listeners.get(type)?.delete(wrapped))
  }

  private emit(event: RealtimeEvent): void {
    for (const listener of [...(this.listeners.get(event.type) ?? [])]) listener(event)
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
        if (this.hasOpenedBefore) this.emit({ type: 'reconnected', data: undefined })
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

  /** Only events of the contract, with the keys its schema requires, reach listeners; the rest is dropped. */
  private handleMessage(text: string): void {
    let event: { type?: unknown; data?: unknown }
    try {
      event = JSON.parse(text) as { type?: unknown; data?: unknown }
    } catch {
      return
    }
    if (event.type === 'pong') {
      clearTimeout(this.pongTimer)
      return
    }
    if (
      typeof event.type !== 'string' ||
      !Object.prototype.hasOwnProperty.call(EVENT_REQUIRED_KEYS, event.type)
    )
      return
    const type = event.type as ServerEventType
    // The keys the contract requires of this event (generated from its schema), not a zod parse: the
    // validators stay off the phone (issue 13); the server is the contract's own.
    if (hasKeys(event.data, EVENT_REQUIRED_KEYS[type])) this.emit({ type, data: event.data } as RealtimeEvent)
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
