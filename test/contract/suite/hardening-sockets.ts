import WebSocket from 'ws'

import { expectStatus } from '../expectations'
import { salonBody, uniqueId } from '../fixtures'
import type { ContractEvent, EventTap, Json } from '../transport'
import type { Actor } from '../world'

import { book, createRequest, createSalon, type ContractContext } from './context'

/** How a socket ended: the close code the server sent, a refused handshake, a pong, or still open. */
async function socketOutcome(url: string, afterOpen?: (socket: WebSocket) => void): Promise<string> {
  const socket = new WebSocket(url)
  const outcome = await new Promise<string>((resolve) => {
    // Long enough for a busy machine; an outcome normally comes within milliseconds.
    const timer = setTimeout(() => resolve('still open'), 5000)
    const done = (what: string) => {
      clearTimeout(timer)
      resolve(what)
    }
    socket.on('open', () => afterOpen?.(socket))
    socket.on('message', (raw) => {
      if (String(raw).includes('"pong"')) done('pong')
    })
    socket.on('unexpected-response', (_req, res) => done(`refused ${res.statusCode}`))
    socket.on('close', (code) => done(`closed ${code}`))
    socket.on('error', () => undefined)
  })
  socket.terminate()
  return outcome
}

/** Whether `who` may read what an event is about, asked through the same API the app reads with. */
async function mayRead(ctx: ContractContext, who: Actor, event: ContractEvent): Promise<boolean> {
  const data: Json = event.data
  const get = (path: string) => ctx.api.as(who).get(path)
  switch (event.type) {
    case 'message.created':
      return (await get(`/conversations/${data.conversationId}/messages?limit=1`)).status === 200
    case 'conversation.read':
      return (await get(`/conversations/${data.conversationId}/messages?limit=1`)).status === 200
    case 'request.updated':
      return (await get(`/service-requests/${data.id}`)).status === 200
    case 'salon.updated':
      return (await get(`/salons/${data.id}`)).status === 200
    case 'notice.created': {
      const mine = await get('/notices?limit=100')
      return mine.status === 200 && (mine.body.items as Json[]).some((n) => n.id === data.id)
    }
    case 'booking.updated': {
      const mine = await get('/bookings/mine?limit=100')
      return mine.status === 200 && (mine.body.items as Json[]).some((b) => b.id === data.id)
    }
    default:
      return true // pong and the like are about nothing
  }
}

export function socketHardeningSuite(ctx: ContractContext): void {
  describe('hardening: WebSocket', () => {
    test('a socket hears only of objects its user may read', async () => {
      const owner = await ctx.world.owner()
      const other = await ctx.world.otherOwnerThan(owner)
      const stranger = await ctx.world.strangerSpecialistTo(owner)
      const liaison = await ctx.world.liaisonOf(owner)
      const admin = await ctx.world.admin()
      const listeners: Actor[] = [owner, other, stranger, liaison, admin]
      const taps: EventTap[] = []
      try {
        for (const who of listeners) taps.push(await ctx.transport.listen(who.token))
        // One of each event: a request and an action on it, a message and a read mark, a draft that is
        // cancelled before publishing, a salon booked by the owner.
        const request = await createRequest(ctx, owner)
        const conversations = (await ctx.api.as(owner).get('/conversations')).body.items as Json[]
        const room = conversations[0]
        const sent = await ctx.api.as(owner).post(`/conversations/${room.id}/messages`, {
          clientMsgId: uniqueId('cm'),
          type: 'text',
          body: '您好',
        })
        expectStatus(sent, 201)
        expectStatus(
          await ctx.api.as(owner).post(`/conversations/${room.id}/read`, { seq: sent.body.seq }),
          200,
        )
        const draft = await ctx.api.as(admin).post('/salons', salonBody({ title: '审计草稿' }))
        expectStatus(draft, 201)
        expectStatus(
          await ctx.api.as(admin).post(`/salons/${draft.body.id}/cancel`, { reason: '不办了' }),
          200,
        )
        const salon = await createSalon(ctx)
        expectStatus(await book(ctx, owner, salon.id), 201)
        // The owner's last event is its own booking's salon.updated: by then every earlier one arrived.
        await taps[0]?.waitFor((e) => e.type === 'booking.updated' && e.data.salonId === salon.id)
        await taps[4]?.waitFor((e) => e.type === 'salon.updated' && e.data.id === salon.id)
        await taps[1]?.waitFor((e) => e.type === 'salon.updated' && e.data.id === salon.id)

        const unreadable: string[] = []
        for (const [index, tap] of taps.entries()) {
          const who = listeners[index] as Actor
          for (const event of tap.events) {
            if (!(await mayRead(ctx, who, event)))
              unreadable.push(
                `${who.user.name} heard ${event.type} ${JSON.stringify(event.data).slice(0, 80)}`,
              )
          }
        }
        expect(unreadable).toEqual([])
        // And those who may read them did hear: the owner of its request, the liaison too (one rule).
        expect(taps[0]?.events.some((e) => e.type === 'request.updated' && e.data.id === request.id)).toBe(
          true,
        )
        expect(taps[3]?.events.some((e) => e.type === 'request.updated' && e.data.id === request.id)).toBe(
          true,
        )
      } finally {
        for (const tap of taps) await tap.close()
      }
    })

    if (ctx.kind !== 'inprocess') {
      const wsUrl = (query: string) => `${ctx.transport.baseUrl?.replace(/^http/, 'ws')}/api/v1/ws${query}`

      test('a missing, empty, repeated or malformed token closes with 4401', async () => {
        const owner = await ctx.world.owner()
        const token = encodeURIComponent(owner.token)
        for (const query of [
          '',
          '?token=',
          '?token',
          `?token=${token}&token=${token}`,
          `?token=${token}&token=other`,
          `?token=${token}&token`,
          `?token=%E0%A4%A${token}`,
          `?token[]=${token}`,
        ]) {
          expect({ query, outcome: await socketOutcome(wsUrl(query)) }).toEqual({
            query,
            outcome: 'closed 4401',
          })
        }
        // The same token, once, opens a live socket that answers a ping.
        const ping = (socket: WebSocket) => socket.send(JSON.stringify({ type: 'ping' }))
        expect(await socketOutcome(wsUrl(`?token=${token}`), ping)).toBe('pong')
      }, 60_000)

      test('a message over the size limit (here 64 KiB) closes the socket with 1009', async () => {
        const owner = await ctx.world.owner()
        const url = wsUrl(`?token=${encodeURIComponent(owner.token)}`)
        const outcome = await socketOutcome(url, (socket) =>
          socket.send(JSON.stringify({ type: 'ping', pad: 'x'.repeat(64 * 1024) })),
        )
        expect(outcome).toBe('closed 1009')
      })
    }
  })
}
