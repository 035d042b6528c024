import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { getSalon, getSalonBookings } from '@/api/endpoints/salons'
import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'
import { typeInto } from '../support/type-into'

// sal-03 asks 姓名 (required), 职务 and 手机号 (required); owner 02 has not booked it.
const OWNER = 'usr-owner-02'

const inputOf = (label: string) => within(screen.getByLabelText(label)).getAllByPlaceholderText(/.+/)[0]!

describe('booking a salon that asks sign-up fields', () => {
  it('asks them, refuses a bad phone in Chinese, and books with the answers', async () => {
    const user = userEvent.setup()
    const me = await signInAs('owner', (a) => a.userId === OWNER)
    renderWithSwr(<SalonDetailScreen id="sal-03" />)
    await user.click(await screen.findByRole('button', { name: '报名' }))
    const form = await screen.findByRole('region', { name: '报名信息' })
    // The bottom bar steps aside: its button would cover the form's.
    expect(screen.queryByRole('button', { name: '报名' })).not.toBeInTheDocument()
    // The account's name is filled in already.
    expect(inputOf('姓名')).toHaveValue(me.name)
    await user.click(within(form).getByText('提交报名'))
    expect(await within(form).findByText('请填写手机号')).toBeInTheDocument()
    await typeInto(user, inputOf('手机号'), '138')
    await user.click(within(form).getByText('提交报名'))
    expect(await within(form).findByText('手机号须为 11 位手机号')).toBeInTheDocument()
    expect((await getSalon('sal-03')).myBooking).toBeUndefined()

    await typeInto(user, inputOf('手机号'), '13800000002')
    await typeInto(user, inputOf('职务'), '总监')
    await user.click(within(form).getByText('提交报名'))
    await screen.findByRole('region', { name: '我的入场券' })
    expect(screen.queryByRole('region', { name: '报名信息' })).not.toBeInTheDocument()

    await signInAs('admin')
    const list = await getSalonBookings('sal-03', { limit: 100 })
    const mine = list.items.find((b) => b.userId === OWNER)
    expect(mine?.answers).toEqual({ name: me.name, title: '总监', phone: '13800000002' })
    // Typing is one event a character: give a busy machine room.
  }, 20_000)

  it('books a salon without sign-up fields in one tap, as before', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    renderWithSwr(<SalonDetailScreen id="sal-01" />)
    await user.click(await screen.findByRole('button', { name: '报名' }))
    await screen.findByRole('region', { name: '我的入场券' })
    await waitFor(() => expect(screen.queryByRole('region', { name: '报名信息' })).not.toBeInTheDocument())
  })
})
