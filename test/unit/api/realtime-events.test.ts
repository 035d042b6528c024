/** @jest-environment node */
import { RealtimeEventSchemas, type ServerEventType } from '@/api/contract/schemas/events'

import { setup } from '../mock/support'

describe('realtime event map', () => {
  it('describes every event the backend pushes: each one parses with the schema of its type', async () => {
    const { as, events } = setup()
    const owner = as('usr-owner-01')
    const liaison = as('usr-spec-04')

    const booked = await owner.post('/salons/sal-01/bookings', {})
    await owner.post(`/bookings/${booked.body.id}/cancel`)
    await owner.post('/conversations/cnv-ent-01-usr-spec-04/messages', {
      clientMsgId: 'c-event-1',
      type: 'text',
      body: '您好',
    })
    const conversation = (await liaison.get('/conversations/cnv-ent-01-usr-spec-04/messages?limit=1')).body
    await liaison.post('/conversations/cnv-ent-01-usr-spec-04/read', { seq: conversation.items[0].seq })
    const queue = (await liaison.get('/service-requests?status=submitted')).body.items
    expect(
      (await liaison.post(`/service-requests/${queue[0].id}/actions`, { action: 'accept' })).status,
    ).toBe(200)
    const visit = await liaison.post('/visits', {
      enterpriseId: 'ent-01',
      status: 'planned',
      visitedAt: new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString(),
      purpose: '回访',
    })
    expect(visit.status).toBe(201)
    const mark = { milestone: 'production', note: '试产线已开工' }
    expect((await liaison.post('/enterprises/ent-04/journey/marks', mark)).status).toBe(200)

    const seen = new Set(events.map(({ event }) => event.type))
    expect([...seen].sort()).toEqual(Object.keys(RealtimeEventSchemas).sort())
    for (const { event } of events) {
      const parsed = RealtimeEventSchemas[event.type as ServerEventType].safeParse(event.data)
      expect([event.type, parsed.success ? 'ok' : parsed.error.message]).toEqual([event.type, 'ok'])
    }
  })
})
