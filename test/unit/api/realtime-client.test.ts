import {
  HEARTBEAT_MS,
  PONG_TIMEOUT_MS,
  RealtimeClient,
  type RealtimeTransport,
  type TransportHandlers,
} from '@/api/realtime/realtime-client'

const MESSAGE = {
  id: 'msg-1',
  conversationId: 'cnv-1',
  seq: 7,
  clientMsgId: 'c-1',
  senderId: 'usr-owner-01',
  type: 'text',
  body: '您好',
  createdAt: '2025-03-05T10:00:00+08:00',
}
const READ = { conversationId: 'cnv-1', userId: 'usr-spec-04', lastReadSeq: 7, unreadCount: 0 }

/** A transport whose sockets the test opens, feeds and drops by hand. */
function fakeTransport() {
  const sockets: { token: string; handlers: TransportHandlers; sent: string[]; closed: boolean }[] = []
  const transport: RealtimeTransport = {
    open(token, handlers) {
      const socket = { token, handlers, sent: [] as string[], closed: false }
      sockets.push(socket)
      return { send: (text) => socket.sent.push(text), close: () => (socket.closed = true) }
    },
  }
  const last = () => sockets[sockets.length - 1]!
  return { transport, sockets, last }
}

describe('RealtimeClient', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('delivers events by type to their subscribers only, parsed by the contract schema', () => {
    const { transport, last } = fakeTransport()
    const client = new RealtimeClient(transport, () => 0)
    const messages = jest.fn()
    const bookings = jest.fn()
    client.subscribe('message.created', messages)
    const unsubscribe = client.subscribe('booking.updated', bookings)
    client.connect('token-1')
    last().handlers.onOpen()
    unsubscribe()
    last().handlers.onMessage(JSON.stringify({ type: 'message.created', data: MESSAGE }))
    last().handlers.onMessage(JSON.stringify({ type: 'booking.updated', data: {} }))
    last().handlers.onMessage('not json')

    expect(last().token).toBe('token-1')
    expect(messages).toHaveBeenCalledTimes(1)
    expect(messages).toHaveBeenCalledWith({ type: 'message.created', data: MESSAGE })
    expect(bookings).not.toHaveBeenCalled()
    expect(client.status).toBe('open')
  })

  it('drops events the contract does not know or whose data does not fit it', () => {
    const { transport, last } = fakeTransport()
    const client = new RealtimeClient(transport, () => 0)
    const listener = jest.fn()
    client.subscribe(['message.created', 'conversation.read'], listener)
    client.connect('t')
    last().handlers.onOpen()
    last().handlers.onMessage(JSON.stringify({ type: 'message.created', data: { seq: 7 } }))
    last().handlers.onMessage(JSON.stringify({ type: 'toString', data: {} }))
    last().handlers.onMessage(JSON.stringify({ type: 'conversation.read', data: READ }))

    expect(listener.mock.calls).toEqual([[{ type: 'conversation.read', data: READ }]])
  })

  it('one subscription may take several types, and its unsubscribe leaves all of them', () => {
    const { transport, last } = fakeTransport()
    const client = new RealtimeClient(transport, () => 0)
    const listener = jest.fn()
    const off = client.subscribe(['message.created', 'conversation.read'], listener)
    client.connect('t')
    last().handlers.onOpen()
    last().handlers.onMessage(JSON.stringify({ type: 'message.created', data: MESSAGE }))
    off()
    last().handlers.onMessage(JSON.stringify({ type: 'conversation.read', data: READ }))
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('reconnects with growing, jittered delays and announces the reconnect for catch-up', () => {
    const { transport, sockets, last } = fakeTransport()
    const client = new RealtimeClient(transport, () => 1)
    const reconnected = jest.fn()
    client.subscribe('reconnected', reconnected)
    client.connect('t')
    last().handlers.onOpen()
    expect(reconnected).not.toHaveBeenCalled()

    last().handlers.onClose()
    expect(client.status).toBe('reconnecting')
    jest.advanceTimersByTime(299)
    expect(sockets).toHaveLength(1)
    jest.advanceTimersByTime(1)
    expect(sockets).toHaveLength(2)

    last().handlers.onClose() // the retry fails too: the next wait is twice as long
    jest.advanceTimersByTime(599)
    expect(sockets).toHaveLength(2)
    jest.advanceTimersByTime(1)
    expect(sockets).toHaveLength(3)

    last().handlers.onOpen()
    expect(reconnected).toHaveBeenCalledTimes(1)
    expect(reconnected).toHaveBeenCalledWith({ type: 'reconnected', data: undefined })
    expect(client.status).toBe('open')
  })

  it('pings every 25 s and treats a missing pong as a dead socket', () => {
    const { transport, sockets, last } = fakeTransport()
    const client = new RealtimeClient(transport, () => 0)
    client.connect('t')
    const first = last()
    first.handlers.onOpen()

    jest.advanceTimersByTime(HEARTBEAT_MS)
    expect(first.sent).toEqual([JSON.stringify({ type: 'ping' })])
    first.handlers.onMessage(JSON.stringify({ type: 'pong' }))
    jest.advanceTimersByTime(PONG_TIMEOUT_MS)
    expect(first.closed).toBe(false)

    jest.advanceTimersByTime(HEARTBEAT_MS - PONG_TIMEOUT_MS + PONG_TIMEOUT_MS)
    expect(first.closed).toBe(true)
    jest.advanceTimersByTime(300)
    expect(sockets).toHaveLength(2)
  })

  it('stops for good on disconnect and ignores the old socket afterwards', () => {
    const { transport, sockets, last } = fakeTransport()
    const client = new RealtimeClient(transport, () => 0)
    const listener = jest.fn()
    client.subscribe('message.created', listener)
    client.connect('t')
    const old = last()
    old.handlers.onOpen()
    client.disconnect()
    old.handlers.onMessage(JSON.stringify({ type: 'message.created', data: MESSAGE }))
    old.handlers.onClose()
    jest.advanceTimersByTime(60_000)

    expect(old.closed).toBe(true)
    expect(listener).not.toHaveBeenCalled()
    expect(sockets).toHaveLength(1)
    expect(client.status).toBe('idle')
  })
})
