import Taro from '@tarojs/taro'
import { fireEvent, render, screen } from '@testing-library/react'

import { ErrorState } from '@/components/error-state'
import { configureHome } from '@/components/go-back'
import { routes } from '@/navigation/routes'

describe('ErrorState', () => {
  afterEach(() => configureHome(() => undefined))

  it('says a 404 is gone and offers 返回, since 重试 could never help', () => {
    configureHome(() => routes.workbench())
    const retry = jest.fn()
    const relaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    render(<ErrorState message="内容不存在或已被删除" status={404} onRetry={retry} />)
    expect(screen.getByText('该内容不存在或已被删除')).toBeInTheDocument()
    expect(screen.queryByText('重试')).toBeNull()
    expect(screen.queryByText('加载失败')).toBeNull()
    fireEvent.click(screen.getByText('返回'))
    // Opened on its own (no page below): 返回 goes to the role's home.
    expect(relaunch).toHaveBeenCalledWith({ url: routes.workbench() })
    expect(retry).not.toHaveBeenCalled()
  })

  it('gives the reason and 重试 for a network or server failure', () => {
    const retry = jest.fn()
    render(<ErrorState message="网络连接失败，请检查网络后重试" status={0} onRetry={retry} />)
    expect(screen.getByText('加载失败')).toBeInTheDocument()
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeInTheDocument()
    expect(screen.queryByText('返回')).toBeNull()
    fireEvent.click(screen.getByText('重试'))
    expect(retry).toHaveBeenCalledTimes(1)
  })
})
