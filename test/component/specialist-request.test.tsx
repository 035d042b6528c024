import Taro from '@tarojs/taro'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { RequestStatus, ServiceRequest } from '@/api/contract/schemas/service-request'
import { getConversations } from '@/api/endpoints/chat'
import { getServiceRequest, getServiceRequests, getServiceTypes } from '@/api/endpoints/service-requests'
import HandleRequestPage from '@/specialist/request/index'

import { renderWithSwr } from '../support/render'
import { openedWith } from '../support/router'
import { signInAs } from '../support/session'

const SPECIALIST = 'usr-spec-01'

async function openRequest(status: RequestStatus): Promise<ServiceRequest> {
  await signInAs('specialist', (account) => account.userId === SPECIALIST)
  const request = (await getServiceRequests({ status, limit: 100 })).items[0]
  if (!request) throw new Error(`no ${status} request`)
  openedWith('/specialist/request/index', { id: request.id })
  renderWithSwr(<HandleRequestPage />)
  await screen.findByRole('region', { name: '办理操作' })
  return request
}

const actions = () => within(screen.getByRole('region', { name: '办理操作' }))

function typeNote(text: string) {
  const area = document.querySelector('.action-panel taro-textarea-core')
  if (!area) throw new Error('no note box')
  fireEvent(area, new CustomEvent('input', { detail: { value: text }, bubbles: true }))
}

describe('办理 (the specialist on one request)', () => {
  it('calls the contact on the form, or opens the chat with the enterprise', async () => {
    const user = userEvent.setup()
    const request = await openRequest('in_progress')
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    const contact = within(await screen.findByRole('region', { name: '联系企业' }))
    const phone = String(request.fields.contactPhone)
    expect(contact.getByText(new RegExp(phone))).toBeInTheDocument()

    await user.click(contact.getByRole('button', { name: `拨打电话 ${phone}` }))
    expect(call).toHaveBeenCalledWith({ phoneNumber: phone })

    const conversation = (await getConversations({ limit: 100 })).items.find(
      (c) => c.enterpriseId === request.enterpriseId,
    )
    await user.click(contact.getByText('发消息'))
    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: `/pages/chat/index?conversationId=${encodeURIComponent(conversation!.id)}`,
      }),
    )
  })

  it("asks for materials by ticking the service's own list, plus 其他 in words", async () => {
    const user = userEvent.setup()
    const request = await openRequest('in_progress')
    const type = (await getServiceTypes()).find((t) => t.code === request.serviceType)!
    await user.click(actions().getByText('要求补充材料'))
    const list = within(screen.getByRole('group', { name: '需要补充的材料' }))
    expect(list.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual(type.materials)

    // Nothing ticked, nothing written: nothing is sent.
    fireEvent.click(screen.getByText('确认要求补充材料'))
    expect(await screen.findByText('请勾选需要补充的材料，或写明其他材料')).toBeInTheDocument()
    expect((await getServiceRequest(request.id)).status).toBe('in_progress')

    const [first, second, third] = type.materials as [string, string, string]
    await user.click(list.getByRole('checkbox', { name: third }))
    await user.click(list.getByRole('checkbox', { name: first }))
    expect(list.getByRole('checkbox', { name: first })).toHaveAttribute('aria-checked', 'true')
    expect(list.getByRole('checkbox', { name: second })).toHaveAttribute('aria-checked', 'false')
    typeNote('近三个月水电费单据')
    fireEvent.click(screen.getByText('确认要求补充材料'))

    await waitFor(async () => expect((await getServiceRequest(request.id)).status).toBe('awaiting_materials'))
    const asked = (await getServiceRequest(request.id)).timeline.at(-1)!
    // In the catalogue's order, whatever the order of the ticks.
    expect(asked.note).toBe(`1. ${first}\n2. ${third}\n其他：近三个月水电费单据`)
  })

  it('completes with the result attached, which the timeline then carries', async () => {
    const user = userEvent.setup()
    const request = await openRequest('in_progress')
    await user.click(actions().getByText('办结'))
    expect(screen.getByText(/可附上办理结果/)).toBeInTheDocument()
    // jsdom can't read a blob: URL back, so the picked file is a path, as WeChat's temp files are: the
    // in-process backend then takes it described (name, size, type), as it does in WeChat's mock mode.
    URL.createObjectURL = jest.fn(() => 'wxfile://tmp/result.png')
    fireEvent.click(screen.getByText('添加附件'))
    const input = document.querySelector<HTMLInputElement>('input.attachment-file-input')!
    await act(async () => {
      Object.defineProperty(input, 'files', {
        value: [new File(['png'], '营业执照.png', { type: 'image/png' })],
      })
      fireEvent.change(input)
    })
    expect(await screen.findByText('已上传')).toBeInTheDocument()
    typeNote('营业执照已领取，电子版见附件')
    fireEvent.click(screen.getByText('确认办结'))

    await waitFor(async () => expect((await getServiceRequest(request.id)).status).toBe('completed'))
    const done = (await getServiceRequest(request.id)).timeline.at(-1)!
    expect(done).toMatchObject({ action: 'complete', note: '营业执照已领取，电子版见附件' })
    expect(done.attachments?.map((file) => file.name)).toEqual(['营业执照.png'])
  })
})
