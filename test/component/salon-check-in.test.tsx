import { act, renderHook, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import CheckInPage from '@/admin/check-in/index'
import { getSalon, getSalonBookings } from '@/api/endpoints/salons'
import { http } from '@/api/http/http-client'
import { formatDateTime } from '@/features/salons/salon-format'
import { useCheckIn } from '@/features/salons/use-check-in'

import { renderWithSwr } from '../support/render'
import { openedWith } from '../support/router'
import { signInAs } from '../support/session'
import { typeInto } from '../support/type-into'

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

describe('CheckInPage', () => {
  it('picks the salon by title and date, counts 已签到/应到 and moves the count on a check-in', async () => {
    const user = userEvent.setup()
    await signInAs('admin')
    const seated = (await codes('sal-02')).filter(
      (b) => b.status === 'confirmed' || b.status === 'checked_in',
    )
    const arrived = seated.filter((b) => b.status === 'checked_in').length
    const salon = await getSalon('sal-02')
    openedWith('/admin/check-in/index')
    renderWithSwr(<CheckInPage />)

    const chips = within(await screen.findByRole('radiogroup', { name: '签到的沙龙' }))
    const chip = await chips.findByRole('radio', { name: new RegExp(`^${salon.title}`) })
    // Each salon says when it is, so two of the same name can be told apart.
    expect(chip).toHaveTextContent(formatDateTime(salon.startAt))
    expect(chip).toHaveAttribute('aria-checked', 'false')
    await user.click(chip)
    expect(chip).toHaveAttribute('aria-checked', 'true')
    const counter = await screen.findByLabelText(`已签到 ${arrived} 人，应到 ${seated.length} 人`)
    expect(counter).toHaveTextContent(`${arrived} / ${seated.length}`)

    const code = seated.find((b) => b.status === 'confirmed')!.checkInCode
    // Taro's <taro-input-core> (the control the user taps), not the inner <input> it may render.
    const field = screen.getAllByPlaceholderText('输入签到码').find((el) => el.tagName === 'TARO-INPUT-CORE')!
    await typeInto(user, field, code)
    await user.click(screen.getByRole('button', { name: '签到' }))
    expect(await screen.findByText(/签到成功$/)).toBeInTheDocument()
    expect(
      await screen.findByLabelText(`已签到 ${arrived + 1} 人，应到 ${seated.length} 人`),
    ).toHaveTextContent(`${arrived + 1} / ${seated.length}`)
  })

  it('promises no scanning on H5, where only typing works', async () => {
    await signInAs('admin')
    openedWith('/admin/check-in/index')
    renderWithSwr(<CheckInPage />)
    await screen.findByRole('radiogroup', { name: '签到的沙龙' })
    expect(screen.queryByText(/扫码/)).toBeNull()
    expect(screen.getByText('先选本场沙龙，再输入参会人出示的签到码')).toBeInTheDocument()
  })
})
