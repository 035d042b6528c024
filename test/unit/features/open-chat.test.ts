import Taro from '@tarojs/taro'

import { openChatWith } from '@/features/chat/open-chat'

import { signInAs } from '../../support/session'

describe('openChatWith', () => {
  it('opens the room of this enterprise with the given specialist, loading conversations first', async () => {
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    await openChatWith('usr-spec-04')
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/pages/chat/index?conversationId=cnv-ent-01-usr-spec-04',
    })
  })

  it('falls back to the 消息 tab (with switchTab) when there is no conversation with that specialist', async () => {
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    await openChatWith('usr-nobody')
    expect(Taro.navigateTo).not.toHaveBeenCalled()
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/messages/index' })
  })
})
