import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import dayjs from 'dayjs'

import { workingDaysBetween } from '@/api/contract/rules/working-days'
import type { RequestStatus, ServiceRequest } from '@/api/contract/schemas/service-request'
import { getServiceRequest, getServiceRequests } from '@/api/endpoints/service-requests'
import { ActionBar } from '@/features/requests/action-bar'
import { formatTime } from '@/features/requests/due-date'
import { RequestDetailView } from '@/features/requests/request-detail-view'
import { RequestTimeline } from '@/features/requests/request-timeline'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'
import { typeInto } from '../support/type-into'

const OWNER = 'usr-owner-01'
const SPECIALIST = 'usr-spec-01'

async function mine(status: RequestStatus, pick: (r: ServiceRequest) => boolean = () => true) {
  const found = (await getServiceRequests({ status, limit: 100 })).items.find(pick)
  if (!found) throw new Error(`no ${status} request`)
  return found
}

const buttons = () =>
  Array.from(document.querySelectorAll('.action-bar .nut-button')).map((button) => button.textContent?.trim())

function typeNote(text: string) {
  const area = document.querySelector('.action-panel taro-textarea-core')
  if (!area) throw new Error('no note box')
  fireEvent(area, new CustomEvent('input', { detail: { value: text }, bubbles: true }))
}

describe('ActionBar', () => {
  it("shows the owner exactly the actions of each state of the owner's requests", async () => {
    await signInAs('owner', (account) => account.userId === OWNER)
    const awaiting = await mine('awaiting_materials')
    const view = renderWithSwr(<ActionBar request={awaiting} role="owner" userId={OWNER} />)
    expect(buttons()).toEqual(['补充材料', '撤销申请'])
    view.unmount()

    const rated = await mine('completed', (r) => Boolean(r.rating))
    const ratedView = renderWithSwr(<ActionBar request={rated} role="owner" userId={OWNER} />)
    expect(buttons()).toEqual([])
    expect(screen.getByText('已评价，感谢您的反馈')).toBeInTheDocument()
    ratedView.unmount()

    const unrated = await mine('completed', (r) => !r.rating)
    const unratedView = renderWithSwr(<ActionBar request={unrated} role="owner" userId={OWNER} />)
    expect(buttons()).toEqual(['评价'])
    // Gone before the catalogue it asks for (the materials of 要求补充材料) comes back.
    unratedView.unmount()
  })

  it('asks for a reason before cancelling and sends nothing without one', async () => {
    await signInAs('owner', (account) => account.userId === OWNER)
    const open = await mine('submitted')
    renderWithSwr(<ActionBar request={open} role="owner" userId={OWNER} />)
    fireEvent.click(screen.getByText('撤销申请'))
    fireEvent.click(screen.getByText('确认撤销申请'))
    expect(await screen.findByText('请填写撤销原因')).toBeInTheDocument()
    expect((await getServiceRequest(open.id)).status).toBe('submitted')
    typeNote('企业已自行办理')
    fireEvent.click(screen.getByText('确认撤销申请'))
    await waitFor(async () => expect((await getServiceRequest(open.id)).status).toBe('cancelled'))
  })

  it('rates a completed request 1–5 with a comment, and needs the stars', async () => {
    await signInAs('owner', (account) => account.userId === OWNER)
    const done = await mine('completed', (r) => !r.rating)
    renderWithSwr(<ActionBar request={done} role="owner" userId={OWNER} />)
    fireEvent.click(screen.getByText('评价'))
    fireEvent.click(screen.getByText('确认评价'))
    expect(await screen.findByText('请选择满意程度')).toBeInTheDocument()
    fireEvent.click(screen.getByLabelText('满意（4 星）'))
    typeNote('响应很快')
    fireEvent.click(screen.getByText('确认评价'))
    await waitFor(async () =>
      expect((await getServiceRequest(done.id)).rating).toEqual({ score: 4, comment: '响应很快' }),
    )
  })
})

describe('RequestTimeline', () => {
  it('shows who did what and when, newest first, with notes and files to open', async () => {
    await signInAs('owner', (account) => account.userId === OWNER)
    const request = await mine('awaiting_materials')
    const withFile = {
      ...request,
      timeline: [
        ...request.timeline,
        {
          id: 'evt-x',
          action: 'submit_materials' as const,
          actorId: OWNER,
          actorName: '程飞',
          fromStatus: 'awaiting_materials' as const,
          toStatus: 'in_progress' as const,
          note: '已补充身份证',
          attachments: [
            {
              id: 'file-1',
              name: '身份证.pdf',
              url: '/api/v1/files/file-1',
              size: 10,
              mime: 'application/pdf' as const,
            },
          ],
          at: '2026-11-20T10:00:00+08:00',
        },
      ],
    }
    const open = jest.spyOn(window, 'open').mockImplementation(() => null)
    renderWithSwr(<RequestTimeline events={withFile.timeline} />)
    const items = document.querySelectorAll('.request-timeline__item')
    expect(items).toHaveLength(withFile.timeline.length)
    const latest = within(items[0] as HTMLElement)
    expect(latest.getByText('补充材料')).toBeInTheDocument()
    expect(latest.getByText('程飞')).toBeInTheDocument()
    // Shown in the phone's own zone.
    expect(latest.getByText(formatTime('2026-11-20T10:00:00+08:00'))).toBeInTheDocument()
    expect(latest.getByText('已补充身份证')).toBeInTheDocument()
    expect(screen.getByText('要求补充材料')).toBeInTheDocument()
    expect(screen.getByText('请补充上传法定代表人身份证复印件（正反面）。')).toBeInTheDocument()
    expect(within(items[items.length - 1] as HTMLElement).getByText('提交申请')).toBeInTheDocument()
    fireEvent.click(latest.getByText('身份证.pdf'))
    expect(open).toHaveBeenCalledWith('/api/v1/files/file-1', '_blank')
  })
})

describe('RequestDetailView for the specialist (办理)', () => {
  it('accepts, starts and completes with a note; the timeline shows each at once', async () => {
    const specialist = await signInAs('specialist', (account) => account.userId === SPECIALIST)
    const request = await mine('submitted', (r) => r.assigneeId === SPECIALIST)
    renderWithSwr(<RequestDetailView id={request.id} user={specialist} />)
    fireEvent.click(await screen.findByText('受理'))
    await waitFor(() => expect(buttons()).toEqual(['开始办理']))
    expect(document.querySelector('.request-timeline__item.is-latest')?.textContent).toContain('受理张敏')
    fireEvent.click(screen.getByText('开始办理'))
    await waitFor(() => expect(buttons()).toEqual(['要求补充材料', '办结']))
    fireEvent.click(screen.getByText('办结'))
    fireEvent.click(screen.getByText('确认办结'))
    expect(await screen.findByText('请填写说明')).toBeInTheDocument()
    expect((await getServiceRequest(request.id)).status).toBe('in_progress')
    typeNote('执照已寄出')
    fireEvent.click(screen.getByText('确认办结'))
    await waitFor(() => expect(screen.getByText('执照已寄出')).toBeInTheDocument())
    expect(screen.getAllByText('已办结').length).toBeGreaterThan(0)
    expect(buttons()).toEqual([])
  })
})

describe('RequestDetailView for the owner (申请详情)', () => {
  it('leads with what the specialist asked for, quoted, and supplies it from there', async () => {
    const user = userEvent.setup()
    const owner = await signInAs('owner', (account) => account.userId === OWNER)
    const waiting = await mine('awaiting_materials')
    renderWithSwr(<RequestDetailView id={waiting.id} user={owner} />)
    const todo = await screen.findByRole('region', { name: '待您补充材料' })
    expect(screen.getAllByRole('region')[0]).toBe(todo)
    expect(within(todo).getByText('请补充上传法定代表人身份证复印件（正反面）。')).toBeVisible()
    // One 补充材料 on the screen: the actions card keeps only 撤销申请.
    expect(buttons()).toEqual(['撤销申请'])
    expect(screen.getAllByRole('button', { name: '补充材料' })).toHaveLength(1)

    await user.click(within(todo).getByRole('button', { name: '补充材料' }))
    await typeInto(user, todo.querySelector('.action-panel taro-textarea-core')!, '身份证复印件已上传')
    fireEvent.click(within(todo).getByText('确认补充材料'))
    await waitFor(async () => expect((await getServiceRequest(waiting.id)).status).toBe('in_progress'))
    await waitFor(() => expect(screen.queryByRole('region', { name: '待您补充材料' })).toBeNull())
    expect(screen.getByText('身份证复印件已上传')).toBeInTheDocument()
  })

  it('opens the supply panel at once when it came from a 补充材料 button', async () => {
    const owner = await signInAs('owner', (account) => account.userId === OWNER)
    const waiting = await mine('awaiting_materials')
    renderWithSwr(<RequestDetailView id={waiting.id} user={owner} supplyOpen />)
    const todo = await screen.findByRole('region', { name: '待您补充材料' })
    expect(within(todo).getByText('确认补充材料')).toBeInTheDocument()
    expect(within(todo).queryByRole('button', { name: '补充材料' })).toBeNull()
    // The quote stays above the panel.
    expect(within(todo).getByText('请补充上传法定代表人身份证复印件（正反面）。')).toBeVisible()
  })

  it('shows when a completed request was completed and how long it took, instead of its due date', async () => {
    const owner = await signInAs('owner', (account) => account.userId === OWNER)
    const done = await mine('completed')
    renderWithSwr(<RequestDetailView id={done.id} user={owner} />)
    const overview = await screen.findByRole('region', { name: '申请概况' })
    const days = workingDaysBetween(new Date(done.createdAt), new Date(done.completedAt!))
    const took = days === 0 ? '用时不到 1 个工作日' : `用时 ${days} 个工作日`
    expect(
      await within(overview).findByText(`已于 ${dayjs(done.completedAt).format('M月D日')} 办结 · ${took}`),
    ).toBeVisible()
    expect(within(overview).queryByText(/到期/)).toBeNull()
    expect(screen.queryByRole('region', { name: '待您补充材料' })).toBeNull()
  })
})
