import { fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { retryPolicy } from '@/api/http/retry'
import { ChatRoom } from '@/features/chat/chat-room'
import { useChatStore } from '@/stores/chat-store'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

const CNV = 'cnv-ent-01-usr-spec-04'

async function openRoom() {
  const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
  useChatStore.getState().setUser(owner.id)
  renderWithSwr(<ChatRoom conversationId={CNV} isSpecialist={false} />)
  await screen.findByText(/下周的产业链对接会/)
}

/** Types into the bar and taps 发送 (Taro's H5 <Input> takes its value from the input event). */
async function sendText(user: ReturnType<typeof userEvent.setup>, text: string) {
  fireEvent.input(await screen.findByRole('textbox'), { target: { value: text } })
  await user.click(await screen.findByText('发送'))
}

describe('ChatRoom', () => {
  const realDelay = retryPolicy.delayMs
  afterEach(() => {
    retryPolicy.delayMs = realDelay
    delete process.env.TARO_APP_MOCK_FAIL_RATE
    delete process.env.TARO_APP_MOCK_LATENCY_MS
  })

  it('shows the latest messages and an optimistic send that becomes sent', async () => {
    await openRoom()
    const user = userEvent.setup()
    process.env.TARO_APP_MOCK_LATENCY_MS = '1000' // a slow network: the answer takes a second
    await sendText(user, '这条会发出去')
    // Before the server answers: the message with its 发送中… line.
    expect(screen.getByText('这条会发出去')).toBeInTheDocument()
    expect(screen.getByText('发送中…')).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByText('发送中…')).toBeNull(), { timeout: 5000 })
    expect(screen.getAllByText('这条会发出去')).toHaveLength(1)
    expect(screen.getByRole('textbox')).toHaveValue('')
  })

  it('shows a failed send with tap to resend, and the resend goes through once', async () => {
    await openRoom()
    const user = userEvent.setup()
    retryPolicy.delayMs = () => 0 // the client's retries still happen, without their real waits
    process.env.TARO_APP_MOCK_FAIL_RATE = '1'
    await sendText(user, '断网时发的')
    const failed = await screen.findByText('发送失败，点击重发')

    process.env.TARO_APP_MOCK_FAIL_RATE = '0'
    await user.click(failed)
    await waitFor(() => expect(screen.queryByText('发送失败，点击重发')).toBeNull())
    await waitFor(() => expect(screen.queryByText('发送中…')).toBeNull())
    expect(screen.getAllByText('断网时发的')).toHaveLength(1)
  })
})
