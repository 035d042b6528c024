import { act, fireEvent, screen, waitFor } from '@testing-library/react'

import { ChatRoom } from '@/features/chat/chat-room'
import { useChatStore } from '@/stores/chat-store'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

const CNV = 'cnv-ent-01-usr-spec-04'

describe('ChatRoom', () => {
  afterEach(() => delete process.env.TARO_APP_MOCK_FAIL_RATE)

  it('shows the latest messages and an optimistic send that becomes sent', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    useChatStore.getState().setUser(owner.id)
    const { container } = renderWithSwr(<ChatRoom conversationId={CNV} isSpecialist={false} />)
    await screen.findByText(/下周的产业链对接会/)

    act(() => void useChatStore.getState().send(CNV, 'text', '这条会发出去'))
    await screen.findByText('这条会发出去')
    await waitFor(() => expect(useChatStore.getState().outbox).toEqual([]))
    expect(container.querySelectorAll('[data-seq]').length).toBeGreaterThan(0)
  })

  it('shows a failed send with tap to resend, and the resend goes through once', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    useChatStore.getState().setUser(owner.id)
    renderWithSwr(<ChatRoom conversationId={CNV} isSpecialist={false} />)
    await screen.findByText(/下周的产业链对接会/)

    process.env.TARO_APP_MOCK_FAIL_RATE = '1'
    act(() => void useChatStore.getState().send(CNV, 'text', '断网时发的'))
    const failed = await screen.findByText('发送失败，点击重发', undefined, { timeout: 15_000 })
    process.env.TARO_APP_MOCK_FAIL_RATE = '0'
    fireEvent.click(failed)
    await waitFor(() => expect(screen.queryByText('发送失败，点击重发')).toBeNull())
    await waitFor(() => expect(useChatStore.getState().outbox).toEqual([]))
    expect(screen.getAllByText('断网时发的')).toHaveLength(1)
  }, 20_000)
})
