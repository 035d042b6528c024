import { renderHook, waitFor } from '@testing-library/react'
import type { PropsWithChildren } from 'react'
import { SWRConfig } from 'swr'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import { mockSocketTransport } from '@/api/adapters/mock-socket-transport'
import { realtime } from '@/api/realtime/realtime'
import type { TransportConnection, TransportHandlers } from '@/api/realtime/realtime-client'
import { useAllRequests, useRequestPages, useRequestUpdates } from '@/features/requests/use-requests'
import { useMyBookings } from '@/features/salons/use-salons'

import { signInAs } from '../support/session'

const wrapper = ({ children }: PropsWithChildren) => (
  <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>{children}</SWRConfig>
)

/**
 * The app's socket with a cable to pull: `drop()` cuts the live connection and keeps every reconnect
 * failing until `restore()`, so whatever the server pushes meanwhile is lost, as on a real phone.
 */
function pullableCable() {
  const realOpen = mockSocketTransport.open.bind(mockSocketTransport)
  const live: { handlers: TransportHandlers; connection: TransportConnection }[] = []
  let online = true
  const spy = jest.spyOn(mockSocketTransport, 'open').mockImplementation((token, handlers) => {
    if (!online) {
      setTimeout(() => handlers.onClose(), 0)
      return { send: () => undefined, close: () => undefined }
    }
    const connection = realOpen(token, handlers)
    live.push({ handlers, connection })
    return connection
  })
  return {
    drop() {
      online = false
      for (const { handlers, connection } of live.splice(0)) {
        connection.close()
        handlers.onClose()
      }
    },
    restore: () => (online = true),
    release: () => spy.mockRestore(),
  }
}

/** The liaison of ent-01 accepts one of its submitted requests (on another phone). */
async function liaisonAccepts(requestId: string): Promise<void> {
  const response = await getMockBackend().handle({
    method: 'POST',
    path: `/api/v1/service-requests/${requestId}/actions`,
    headers: { authorization: 'Bearer demo-usr-spec-04' },
    body: { action: 'accept' },
  })
  expect(response.status).toBe(200)
}

describe('lists after a socket drop', () => {
  let cable: ReturnType<typeof pullableCable>
  beforeEach(() => (cable = pullableCable()))
  afterEach(() => cable.release())

  it('request lists (paged, all, workbench-style) refetch when the socket is back', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const { result } = renderHook(
      () => {
        useRequestUpdates()
        return { pages: useRequestPages(''), all: useAllRequests() }
      },
      { wrapper },
    )
    await waitFor(() => expect(result.current.all.data).toBeDefined())
    await waitFor(() => expect(result.current.pages.items).toBeDefined())
    await waitFor(() => expect(realtime.status).toBe('open'))
    const target = result.current.all.data!.find(
      (request) => request.status === 'submitted' && request.serviceType === 'legal_support',
    )!
    expect(target).toBeDefined()

    cable.drop()
    await liaisonAccepts(target.id) // its request.updated goes nowhere: the socket is down
    const statusIn = (list: { id: string; status: string }[] | undefined) =>
      list?.find((request) => request.id === target.id)?.status
    expect(statusIn(result.current.pages.items)).toBe('submitted')
    expect(statusIn(result.current.all.data)).toBe('submitted')

    cable.restore()
    await waitFor(() => expect(realtime.status).toBe('open'), { timeout: 5000 })
    await waitFor(() => expect(statusIn(result.current.pages.items)).toBe('accepted'))
    await waitFor(() => expect(statusIn(result.current.all.data)).toBe('accepted'))
  })

  it('my bookings refetch when the socket is back', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const { result } = renderHook(() => useMyBookings(), { wrapper })
    await waitFor(() => expect(result.current.data).toBeDefined())
    await waitFor(() => expect(realtime.status).toBe('open'))
    const before = result.current.data!.items.length

    cable.drop()
    const booked = await getMockBackend().handle({
      method: 'POST',
      path: '/api/v1/salons/sal-01/bookings',
      headers: { authorization: 'Bearer demo-usr-owner-01', 'idempotency-key': 'book-on-other-phone' },
      body: {},
    })
    expect(booked.status).toBe(201)
    expect(result.current.data!.items).toHaveLength(before)

    cable.restore()
    await waitFor(() => expect(result.current.data!.items).toHaveLength(before + 1), { timeout: 5000 })
  })
})
