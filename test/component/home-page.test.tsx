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

  it('puts a request awaiting materials first, quoting the specialist, with one button to supply', async () => {
    const user = userEvent.setup()
    // 程飞 (usr-owner-01) has one request the specialist asked materials for.
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    renderWithSwr(<HomePage />)
    const todo = await screen.findByRole('region', { name: '待您补充材料（1）' })
    // Before everything else on the page: the enterprise, the specialists, the other requests.
    const regions = screen.getAllByRole('region').map((region) => region.getAttribute('aria-label'))
    expect(regions[0]).toBe('待您补充材料（1）')
    expect(within(todo).getByText('请补充上传法定代表人身份证复印件（正反面）。')).toBeVisible()
    expect(within(todo).getByText(/请您补充：$/)).toBeVisible()
    const [card] = within(todo).getAllByRole('link')
    expect(card).toHaveAccessibleName(/，待补充材料，/)

    // Not repeated among the other open requests.
    const inProgress = await screen.findByRole('region', { name: '办理中的申请' })
    await waitFor(() => expect(within(inProgress).getAllByRole('link').length).toBeGreaterThan(0))
    expect(within(inProgress).queryByRole('link', { name: /，待补充材料，/ })).toBeNull()

    await user.click(within(todo).getByRole('button', { name: '补充材料' }))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: expect.stringMatching(/^\/pages\/requests\/detail\/index\?id=[^&]+&supply=1$/),
    })
  })

  it('shows no to-do card to an owner who owes nothing', async () => {
    await signInAs('owner', (account) => account.userId === 'usr-owner-04')
    renderWithSwr(<HomePage />)
    const section = await screen.findByRole('region', { name: '办理中的申请' })
    await within(section).findByText('工商注册代办')
    expect(screen.queryByRole('region', { name: /^待您补充材料/ })).toBeNull()
  })
})
