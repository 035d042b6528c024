import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { ServiceRequest } from '@/api/contract/schemas/service-request'
import { getFollowUp } from '@/api/endpoints/follow-ups'
import { getServiceRequest, getServiceRequests } from '@/api/endpoints/service-requests'
import FollowUpPage from '@/board/follow-up/index'
import FollowUpsPage from '@/board/follow-ups/index'
import { ActionBar } from '@/features/requests/action-bar'
import RequestDetailPage from '@/pages/requests/detail/index'

import { renderWithSwr } from '../support/render'
import { openedWith } from '../support/router'
import { signInAs } from '../support/session'

const OWNER = 'usr-owner-01'

function typeInto(container: Element | Document, index: number, text: string) {
  const area = container.querySelectorAll('taro-textarea-core')[index]
  if (!area) throw new Error(`no text box ${index}`)
  fireEvent(area, new CustomEvent('input', { detail: { value: text }, bubbles: true }))
}

/** 程飞 rates his unrated completed request 不满意 through the panel, with two reasons. */
async function rateBadly(): Promise<ServiceRequest> {
  const user = userEvent.setup()
  await signInAs('owner', (account) => account.userId === OWNER)
  const done = (await getServiceRequests({ status: 'completed', limit: 100 })).items.find((r) => !r.rating)
  if (!done) throw new Error('no unrated completed request')
  const view = renderWithSwr(<ActionBar request={done} role="owner" userId={OWNER} />)
  await user.click(screen.getByText('评价'))
  await user.click(screen.getByLabelText('满意（4 星）'))
  // The 满意 side offers praise; moving to 不满意 offers what went wrong instead.
  expect(screen.getByRole('checkbox', { name: '办理速度快' })).toBeInTheDocument()
  await user.click(screen.getByLabelText('不满意（2 星）'))
  expect(screen.queryByRole('checkbox', { name: '办理速度快' })).toBeNull()
  await user.click(screen.getByRole('checkbox', { name: '办理太慢' }))
  await user.click(screen.getByRole('checkbox', { name: '沟通不及时' }))
  typeInto(document, 0, '进度一直没人说')
  await user.click(screen.getByText('确认评价'))
  let rated: ServiceRequest | undefined
  await waitFor(async () => {
    rated = await getServiceRequest(done.id)
    expect(rated.rating).toEqual({ score: 2, reasons: ['办理太慢', '沟通不及时'], comment: '进度一直没人说' })
  })
  view.unmount()
  return rated as ServiceRequest
}

describe('the 回访 loop on screen', () => {
  it('a bad rating → the admin records the call → the owner sees it and confirms it solved', async () => {
    const user = userEvent.setup()
    const rated = await rateBadly()
    expect(rated.followUpId).toBeDefined()
    const id = rated.followUpId as string

    // The admin's list has it among those to do; the page records the call.
    await signInAs('admin')
    openedWith('/board/follow-ups/index')
    const list = renderWithSwr(<FollowUpsPage />)
    expect(
      await screen.findByRole('link', { name: /重庆飞快通航科技有限公司，不满意，待回访/ }),
    ).toBeInTheDocument()
    list.unmount()

    openedWith('/board/follow-up/index', { id })
    const page = renderWithSwr(<FollowUpPage />)
    const form = await screen.findByRole('region', { name: '记录回访' })
    await user.click(within(form).getByText('保存回访记录'))
    expect(await within(form).findByText('请填写了解到的情况')).toBeInTheDocument()
    expect((await getFollowUp(id)).status).toBe('pending')
    await user.click(within(form).getByRole('tab', { name: '上门回访' }))
    typeInto(form, 0, '材料清单前后给了两次')
    typeInto(form, 1, '已与专员核对，补齐一次性告知')
    await user.click(within(form).getByText('保存回访记录'))
    await waitFor(async () => expect((await getFollowUp(id)).status).toBe('recorded'))
    expect(await screen.findByText('待企业确认')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: '记录回访' })).toBeNull()
    page.unmount()

    // The owner: the record on the timeline, and the question it asks.
    await signInAs('owner', (account) => account.userId === OWNER)
    openedWith('/pages/requests/detail/index', { id: rated.id })
    renderWithSwr(<RequestDetailPage />)
    const card = await screen.findByRole('region', { name: '服务回访' })
    expect(await within(card).findByText('了解到：材料清单前后给了两次')).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: '办理进度' })
    expect(within(timeline).getByText('服务中心回访')).toBeInTheDocument()
    await user.click(within(card).getByText('已解决'))
    await waitFor(async () => expect((await getFollowUp(id)).status).toBe('solved'))
    expect(await within(card).findByText('问题已解决')).toBeInTheDocument()
    await waitFor(() => expect(within(timeline).getByText('确认回访结果')).toBeInTheDocument())
    // Three people's screens in turn against one backend: seconds on a loaded 2-core machine.
  }, 30_000)
})
