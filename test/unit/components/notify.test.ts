import Taro from '@tarojs/taro'

import { notifySuccess } from '@/components/notify'

describe('notifySuccess', () => {
  it('shows the tick for a word WeChat fits beside it', () => {
    const toast = jest.spyOn(Taro, 'showToast')
    notifySuccess('已复制到剪贴板')
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已复制到剪贴板', icon: 'success' }))
  })

  it('shows a longer sentence as plain text, which WeChat neither cuts nor squeezes', () => {
    const toast = jest.spyOn(Taro, 'showToast')
    notifySuccess('报名成功，开场前会提醒您')
    expect(toast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '报名成功，开场前会提醒您', icon: 'none' }),
    )
  })
})
