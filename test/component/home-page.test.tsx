import Taro from '@tarojs/taro'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'

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
    const owner = await signInAs('owner', (account) => Boolean(account.enterpriseName))
    renderWithSwr(<HomePage />)

    expect(await screen.findByText('服务专员')).toBeInTheDocument()
    expect(screen.getByText('联络专员')).toBeInTheDocument()
    expect(screen.getByText(`您好，${owner.name}`)).toBeInTheDocument()
    expect(screen.getByText(owner.account.enterpriseName!)).toBeInTheDocument()
    fireEvent.click(await screen.findByText('全部申请'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/requests/index' })
  })

  it('lists the requests in progress with their due dates, overdue ones in red and first', async () => {
    // 郑云帆's registration started 8 days ago with a 3-working-day target.
    await signInAs('owner', (account) => account.userId === 'usr-owner-04')
    renderWithSwr(<HomePage />)
    expect(await screen.findByText('工商注册代办')).toBeInTheDocument()
    const cards = document.querySelectorAll('.request-card')
    expect(cards).toHaveLength(2)
    expect(cards[0]).toHaveClass('request-card--overdue')
    expect(cards[0]!.querySelector('.request-card__due')).toHaveClass('is-overdue')
    expect(cards[0]!.textContent).toMatch(/已逾期/)
    expect(cards[1]!.textContent).toMatch(/税务登记代办.*剩余/)
    fireEvent.click(cards[0]!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: expect.stringMatching(/^\/pages\/requests\/detail\/index\?id=/),
    })
  })
})
