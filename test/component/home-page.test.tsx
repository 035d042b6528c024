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

  it("shows the owner's enterprise and both specialists, and opens the catalogue", async () => {
    const owner = await signInAs('owner', (account) => Boolean(account.enterpriseName))
    const switchTab = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    renderWithSwr(<HomePage />)

    expect(await screen.findByText('服务专员')).toBeInTheDocument()
    expect(screen.getByText('联络专员')).toBeInTheDocument()
    expect(screen.getByText(`您好，${owner.name}`)).toBeInTheDocument()
    expect(screen.getByText(owner.account.enterpriseName!)).toBeInTheDocument()
    fireEvent.click(screen.getByText('去办理'))
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
  })
})
