import Taro from '@tarojs/taro'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import HomePage from '@/pages/home/index'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

describe('HomePage', () => {
  it('sends a visitor with no session to login', async () => {
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    render(<HomePage />)
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/login/index' }))
  })

  it("shows the owner's enterprise, both specialists and a way to all requests", async () => {
    const user = userEvent.setup()
    const owner = await signInAs('owner', (account) => Boolean(account.enterpriseName))
    renderWithSwr(<HomePage />)

    expect(await screen.findByText('服务专员')).toBeInTheDocument()
    expect(screen.getByText('联络专员')).toBeInTheDocument()
    expect(screen.getByText(`您好，${owner.name}`)).toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: '我的企业' })).getByText(owner.account.enterpriseName!),
    ).toBeInTheDocument()
    await user.click(await screen.findByText('全部申请'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/requests/index' })
  })

  it('lists the requests in progress with their due dates, overdue ones marked and first', async () => {
    const user = userEvent.setup()
    // 郑云帆's registration started 8 days ago with a 3-working-day target.
    await signInAs('owner', (account) => account.userId === 'usr-owner-04')
    renderWithSwr(<HomePage />)
    const section = await screen.findByRole('region', { name: '办理中的申请' })
    await within(section).findByText('工商注册代办')
    const cards = within(section).getAllByRole('link')
    expect(cards).toHaveLength(2)
    expect(cards[0]).toHaveAccessibleName(/^工商注册代办，.*已逾期/)
    expect(within(cards[0]!).getByText(/已逾期/)).toBeVisible()
    expect(cards[1]).toHaveAccessibleName(/^税务登记代办，.*剩余/)
    expect(cards[1]).not.toHaveAccessibleName(/已逾期/)
    await user.click(cards[0]!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: expect.stringMatching(/^\/pages\/requests\/detail\/index\?id=/),
    })
  })
})
