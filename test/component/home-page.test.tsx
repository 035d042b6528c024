import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'

import HomePage from '@/pages/home/index'

describe('HomePage', () => {
  it('shows the pair of specialists and sends a visitor to log in', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<HomePage />)

    expect(screen.getByText('服务专员')).toBeInTheDocument()
    expect(screen.getByText('联络专员')).toBeInTheDocument()
    fireEvent.click(screen.getByText('登录查看我的专员'))

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/login/index' })
  })
})
