import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor } from '@testing-library/react'

import LoginPage from '@/pages/login/index'
import { useSessionStore } from '@/stores/session-store'

import { renderWithSwr } from '../support/render'

describe('LoginPage (mock mode)', () => {
  it('lists the demo accounts by role and logs a specialist in to the workbench', async () => {
    renderWithSwr(<LoginPage />)

    expect(await screen.findByText('重庆飞快通航科技有限公司')).toBeInTheDocument()
    const ownerTab = screen.getByRole('tab', { selected: true })
    expect(ownerTab.textContent).toMatch(/企业主 1[2-9]/)

    fireEvent.click(screen.getByText(/^专员 \d+$/))
    expect(screen.queryByText('重庆飞快通航科技有限公司')).not.toBeInTheDocument()
    expect(screen.getAllByText('服务专员').length).toBeGreaterThan(0)
    expect(screen.getAllByText('联络专员').length).toBeGreaterThan(0)

    fireEvent.click(screen.getByText('张敏'))
    await waitFor(() => expect(useSessionStore.getState().user?.name).toBe('张敏'))
    expect(useSessionStore.getState().token).toBeTruthy()
    expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/specialist/workbench/index' })
  })

  it('returns a user to the page an expired session left, when their role may open it', async () => {
    useSessionStore.getState().expire('/pages/salons/detail/index?id=sal-01')
    renderWithSwr(<LoginPage />)

    fireEvent.click(await screen.findByText('重庆飞快通航科技有限公司'))
    await waitFor(() =>
      expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/salons/detail/index?id=sal-01' }),
    )
  })

  it("sends a user home instead of to another role's page", async () => {
    useSessionStore.getState().expire('/admin/check-in/index')
    renderWithSwr(<LoginPage />)

    fireEvent.click(await screen.findByText('重庆飞快通航科技有限公司'))
    await waitFor(() => expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' }))
  })
})
