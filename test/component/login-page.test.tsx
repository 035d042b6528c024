import Taro from '@tarojs/taro'
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import LoginPage from '@/pages/login/index'
import { useSessionStore } from '@/stores/session-store'

import { renderWithSwr } from '../support/render'

describe('LoginPage (mock mode)', () => {
  it('lists the demo accounts by role and logs a specialist in to the workbench', async () => {
    const user = userEvent.setup()
    renderWithSwr(<LoginPage />)

    expect(await screen.findByRole('button', { name: /重庆飞快通航科技有限公司/ })).toBeInTheDocument()
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent(/^企业主 1[2-9]$/)

    await user.click(screen.getByRole('tab', { name: /^专员 \d+$/ }))
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent(/^专员 \d+$/)
    expect(screen.queryByText('重庆飞快通航科技有限公司')).not.toBeInTheDocument()
    expect(screen.getAllByRole('button', { name: /服务专员/ }).length).toBeGreaterThan(0)
    expect(screen.getAllByRole('button', { name: /联络专员/ }).length).toBeGreaterThan(0)

    await user.click(screen.getByRole('button', { name: /^张敏，/ }))
    await waitFor(() => expect(useSessionStore.getState().user?.name).toBe('张敏'))
    expect(useSessionStore.getState().token).toBeTruthy()
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/specialist/workbench/index' })
  })

  it('returns a user to the page an expired session left, when their role may open it', async () => {
    const user = userEvent.setup()
    useSessionStore.getState().expire('/pages/salons/detail/index?id=sal-01')
    renderWithSwr(<LoginPage />)

    await user.click(await screen.findByRole('button', { name: /重庆飞快通航科技有限公司/ }))
    await waitFor(() =>
      expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/salons/detail/index?id=sal-01' }),
    )
  })

  it("sends a user home instead of to another role's page", async () => {
    const user = userEvent.setup()
    useSessionStore.getState().expire('/admin/check-in/index')
    renderWithSwr(<LoginPage />)

    await user.click(await screen.findByRole('button', { name: /重庆飞快通航科技有限公司/ }))
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' }))
  })
})
