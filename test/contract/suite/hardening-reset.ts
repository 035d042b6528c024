import { createApi } from '../client'
import { expectNotFound, expectStatus } from '../expectations'
import { salonBody } from '../fixtures'
import { createTransport, type Transport } from '../transport'

import type { ContractContext } from './context'

export function resetModeSuite(ctx: ContractContext): void {
  // The mock's own switch; a real backend has no reset route at all.
  if (ctx.kind === 'remote') return

  describe('hardening: POST /__mock/reset only in test or demo mode', () => {
    let transport: Transport | undefined
    afterEach(async () => {
      await transport?.close()
      transport = undefined
    })

    test('a live mock answers 404, as for any unknown route, and keeps its data', async () => {
      transport = await createTransport(ctx.kind, { mode: 'live' })
      const api = createApi(transport)
      const admins = (
        (await api.anonymous().get('/auth/demo-accounts')).body as { userId: string; role: string }[]
      ).filter((a) => a.role === 'admin')
      const login = await api.anonymous().post('/auth/demo', { userId: admins[0]?.userId })
      expectStatus(login, 200)
      const admin = login.body.token as string
      const created = await api.as(admin).post('/salons', salonBody())
      expectStatus(created, 201)
      expectNotFound(await api.anonymous().post('/__mock/reset'))
      expectNotFound(await api.as(admin).post('/__mock/reset'))
      expectStatus(await api.as(admin).get(`/salons/${created.body.id}`), 200)
    })

    test('a demo mock answers it and is back on the seed', async () => {
      transport = await createTransport(ctx.kind, { mode: 'demo' })
      const api = createApi(transport)
      const admins = (
        (await api.anonymous().get('/auth/demo-accounts')).body as { userId: string; role: string }[]
      ).filter((a) => a.role === 'admin')
      const admin = (await api.anonymous().post('/auth/demo', { userId: admins[0]?.userId })).body
        .token as string
      const created = await api.as(admin).post('/salons', salonBody())
      expectStatus(created, 201)
      expectStatus(await api.anonymous().post('/__mock/reset'), 200)
      expectNotFound(await api.as(admin).get(`/salons/${created.body.id}`))
    })
  })
}
