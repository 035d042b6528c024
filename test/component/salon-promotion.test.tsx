import Taro from '@tarojs/taro'
import { act, screen, waitFor } from '@testing-library/react'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import { UpdateSalonBodySchema } from '@/api/contract/schemas/salon'
import { bookSalon, getSalon } from '@/api/endpoints/salons'
import SalonsPage from '@/pages/salons/index'
import { randomId } from '@/utils/id'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

describe('promotion notice', () => {
  it('tells a waitlisted owner when a cancellation elsewhere gives them the seat', async () => {
    await signInAs('owner', (a) => a.userId === 'usr-owner-14')
    const mine = await bookSalon('sal-02', randomId('book-'))
    expect(mine.status).toBe('waitlisted')
    const modal = jest
      .spyOn(Taro, 'showModal')
      .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' })
    // The owner is on the salons page, which watches their bookings.
    renderWithSwr(<SalonsPage />)
    expect(await screen.findByRole('link', { name: /^银企对接专场.*，候补第 \d+ 位$/ })).toBeInTheDocument()
    expect(modal).not.toHaveBeenCalled()

    // The admin, in another app, adds seats: the whole waitlist moves up, and a booking.updated
    // event reaches this owner's socket. (act: the screen updates from outside any user action.)
    const body = { ...UpdateSalonBodySchema.parse(await getSalon('sal-02')), capacity: 20 }
    const response = await act(() =>
      getMockBackend().handle({
        method: 'PUT',
        path: '/api/v1/salons/sal-02',
        headers: { authorization: 'Bearer demo-usr-admin-01', 'content-type': 'application/json' },
        // zod drops the read-only fields: what is left is the PUT body.
        body,
      }),
    )
    expect(response.status).toBe(200)

    await waitFor(() => expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '候补成功' })))
    expect(modal.mock.calls[0]![0]!.content).toContain('银企对接专场')
    // The card under the notice no longer says 候补.
    await waitFor(() =>
      expect(screen.getByRole('link', { name: /^银企对接专场/ })).not.toHaveAccessibleName(/候补/),
    )
  })
})
