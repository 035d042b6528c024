import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import { realtime } from '@/api/realtime/realtime'
import { attachRealtime } from '@/features/chat/attach-realtime'
import { ChatRoom } from '@/features/chat/chat-room'
import { WINDOW } from '@/features/chat/use-render-window'
import { useChatStore } from '@/stores/chat-store'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

// Every bubble under a React <Profiler>: each render of one is recorded, as a mount or an update.
const mockRenders: { key: string; phase: string }[] = []
jest.mock('@/features/chat/message-bubble', () => {
  const { createElement, Profiler } = jest.requireActual<typeof import('react')>('react')
  const actual = jest.requireActual<typeof import('@/features/chat/message-bubble')>(
    '@/features/chat/message-bubble',
  )
  return {
    ...actual,
    MessageBubble: (props: Parameters<typeof actual.MessageBubble>[0]) =>
      createElement(
        Profiler,
        {
          id: props.item.key,
          onRender: (key: string, phase: string) => mockRenders.push({ key, phase }),
        },
        createElement(actual.MessageBubble, props),
      ),
  }
})

/** 程飞 ↔ 张敏: 2,000 messages, so the window is full. */
const BIG = 'cnv-ent-01-usr-spec-01'

async function openFullRoom() {
  const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
  useChatStore.getState().setUser(owner.id)
  await useChatStore.getState().loadConversations() // as the app's start does, for the unread counts
  const detach = attachRealtime(useChatStore, realtime)
  renderWithSwr(<ChatRoom conversationId={BIG} isSpecialist={false} />)
  // The first page, then one page of history: more than the window holds.
  await waitFor(() => expect(useChatStore.getState().messages[BIG]).toHaveLength(30))
  await act(() => useChatStore.getState().loadOlder(BIG))
  await waitFor(() => expect(new Set(mockRenders.map((r) => r.key)).size).toBe(WINDOW))
  await waitFor(() => expect(realtime.status).toBe('open'))
  // Marking the room read settles too, before counting starts.
  await waitFor(() => expect(useChatStore.getState().conversations[BIG]?.unreadCount).toBe(0))
  mockRenders.length = 0
  return detach
}

const keysOf = (phase: string) => mockRenders.filter((r) => r.phase === phase).map((r) => r.key)

describe('message list renders only what changed', () => {
  beforeEach(() => (mockRenders.length = 0))

  it('a message from the other side renders one new bubble and none of the 59 others', async () => {
    const detach = await openFullRoom()
    // 张敏 sends from their phone; it reaches this room over the socket.
    await act(() =>
      getMockBackend().handle({
        method: 'POST',
        path: `/api/v1/conversations/${BIG}/messages`,
        headers: { authorization: 'Bearer demo-usr-spec-01' },
        body: { clientMsgId: 'peer-1', type: 'text', body: '材料我收到了' },
      }),
    )
    await screen.findByText('材料我收到了')
    // Its arrival also marks the room read (a round trip): wait for that before counting.
    await waitFor(() => expect(useChatStore.getState().conversations[BIG]?.lastReadSeq).toBe(2001))

    expect(keysOf('mount')).toEqual(['usr-spec-01:peer-1'])
    expect(keysOf('update')).toEqual([])
    detach()
  })

  it('our own message renders its bubble, then only it again as it goes from 发送中 to sent', async () => {
    const detach = await openFullRoom()
    const user = userEvent.setup()
    // Taro's H5 <Input> takes its value from the input event (as in the request form's test).
    fireEvent.input(await screen.findByRole('textbox'), { target: { value: '好的，谢谢' } })
    await user.click(await screen.findByText('发送'))
    await screen.findByText('好的，谢谢')
    await waitFor(() => expect(useChatStore.getState().outbox).toEqual([]))
    await waitFor(() => expect(screen.queryByText('发送中…')).toBeNull())

    const mounted = keysOf('mount')
    expect(mounted).toHaveLength(1)
    expect(new Set(keysOf('update'))).toEqual(new Set(mounted))
    detach()
  })
})
