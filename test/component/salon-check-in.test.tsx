import { act, renderHook } from '@testing-library/react'

import { getSalonBookings } from '@/api/endpoints/salons'
import { http } from '@/api/http/http-client'
import { useCheckIn } from '@/features/salons/use-check-in'

import { signInAs } from '../support/session'

async function codes(salonId: string) {
  const { items } = await getSalonBookings(salonId, { limit: 100 })
  return items
}

describe('check-in for the salon the admin is at', () => {
  it('checks a confirmed code in once, and says why it refuses the others', async () => {
    await signInAs('admin')
    const here = await codes('sal-02')
    const elsewhere = await codes('sal-01')
    const confirmed = here.find((b) => b.status === 'confirmed')!
    const waitlisted = here.find((b) => b.status === 'waitlisted')!
    const stranger = elsewhere.find((b) => b.status === 'confirmed')!

    const { result } = renderHook(() => useCheckIn('sal-02'))
    const attempt = async (code: string) => {
      await act(async () => {
        await result.current.submit(code)
      })
      return result.current.log[0]!
    }
    const sent: { url?: string; data: unknown }[] = []
    const interceptor = http.interceptors.request.use((config) => {
      sent.push({ url: config.url, data: config.data })
      return config
    })

    expect(await attempt(confirmed.checkInCode.toLowerCase())).toMatchObject({
      ok: true,
      title: `${confirmed.userName} 签到成功`,
    })
    expect(await attempt(confirmed.checkInCode)).toMatchObject({ ok: false, title: '已签到过，请勿重复签到' })
    expect(await attempt(waitlisted.checkInCode)).toMatchObject({
      ok: false,
      title: '候补中，未获得席位，不能签到',
    })
    expect(await attempt(stranger.checkInCode)).toMatchObject({
      ok: false,
      title: '该签到码不属于本场沙龙',
      detail: '该签到码属于「低空经济企业家沙龙」',
    })
    expect(await attempt('NOPE0000')).toMatchObject({ ok: false, title: '签到码无效' })
    http.interceptors.request.eject(interceptor)

    // One request per code, each naming the salon: no attendee lists are downloaded any more.
    const tried = [confirmed, confirmed, waitlisted, stranger].map((b) => b.checkInCode).concat('NOPE0000')
    expect(sent).toEqual(
      tried.map((checkInCode) => ({ url: '/check-ins', data: { salonId: 'sal-02', checkInCode } })),
    )
    // Nothing was written for the refused codes: the stranger is still unchecked at their own salon.
    expect((await codes('sal-01')).find((b) => b.id === stranger.id)!.status).toBe('confirmed')
    expect((await codes('sal-02')).find((b) => b.id === confirmed.id)!.status).toBe('checked_in')
  })
})
