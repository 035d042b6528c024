import Taro from '@tarojs/taro'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { getJourney } from '@/api/endpoints/journeys'
import { getServiceRequests } from '@/api/endpoints/service-requests'
import { getEnterpriseVisits } from '@/api/endpoints/visits'
import SpecialistEnterprisePage from '@/field/enterprise/index'
import VisitPage from '@/field/visit/index'
import HomePage from '@/pages/home/index'
import NewRequestPage from '@/pages/requests/new/index'
import VisitHistoryPage from '@/pages/visits/index'
import EnterprisesPage from '@/specialist/enterprises/index'
import { useDraftStore } from '@/stores/draft-store'

import { renderWithSwr } from '../support/render'
import { openedWith } from '../support/router'
import { signInAs } from '../support/session'
import { typeInto } from '../support/type-into'

// 数澜数据 (ent-13): registered and banked, 税务登记 next, nobody has asked for it yet. 张敏 serves it.
const ENTERPRISE = 'ent-13'
const SPECIALIST = 'usr-spec-01'
const OWNER = 'usr-owner-13'

const asSpecialist = () => signInAs('specialist', (a) => a.userId === SPECIALIST)
const asOwner = (id = OWNER) => signInAs('owner', (a) => a.userId === id)

function textArea(container: ParentNode, index = 0): Element {
  const area = container.querySelectorAll('taro-textarea-core')[index]
  if (!area) throw new Error('no text area')
  return area
}

function typeArea(area: Element, value: string) {
  fireEvent(area, new CustomEvent('input', { detail: { value }, bubbles: true }))
}

describe('落地进度 on the owner’s 首页', () => {
  it('shows the current step, the days since the start, and a button to ask for the next step', async () => {
    const user = userEvent.setup()
    await asOwner()
    const journey = await getJourney(ENTERPRISE)
    renderWithSwr(<HomePage />)
    const card = within(await screen.findByRole('region', { name: '落地进度' }))
    expect(await card.findByText(`当前：税务登记 · 已进行 ${journey.daysSinceStart} 天`)).toBeInTheDocument()
    const steps = card.getAllByRole('listitem')
    expect(steps.map((s) => s.getAttribute('aria-label')?.split('，')[0])).toEqual([
      '签约',
      '工商注册',
      '银行开户',
      '税务登记',
      '载体入驻',
      '开工投产',
    ])
    expect(steps[3]).toHaveAccessibleName('税务登记，进行中')
    expect(steps[2]).toHaveAccessibleName(/^银行开户，\d+月\d+日完成$/)
    await user.click(card.getByText('申请税务登记代办'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/requests/new/index?type=tax_registration' })
  })

  it('a landed enterprise: all steps done and how many days it took (飞快通航: one week)', async () => {
    await asOwner('usr-owner-01')
    renderWithSwr(<HomePage />)
    const card = within(await screen.findByRole('region', { name: '落地进度' }))
    expect(await card.findByText('已落地 · 用时 7 天')).toBeInTheDocument()
    expect(card.getByText('6/6')).toBeInTheDocument()
    expect(card.queryByRole('button')).toBeNull()
  })
})

describe('走访 (the specialist)', () => {
  it('records a visit with a problem; the draft survives a restart; errors say what to fix', async () => {
    const user = userEvent.setup()
    await asSpecialist()
    openedWith('/field/visit/index', { enterpriseId: ENTERPRISE })
    const first = renderWithSwr(<VisitPage />)
    await screen.findByText('走访情况')
    fireEvent.click(screen.getByText('保存走访记录'))
    expect(await screen.findByText('请填写走访目的')).toBeInTheDocument()

    await typeInto(user, document.querySelector('taro-input-core[name="purpose"]')!, '了解税务登记进度')
    await user.click(screen.getByRole('radio', { name: '电话' }))
    await user.click(screen.getByText('添加问题'))
    typeArea(textArea(document, 1), '发票开不出来，影响首单交付')
    fireEvent.click(screen.getByText('保存走访记录'))
    expect(await screen.findByText('请选择问题类别')).toBeInTheDocument()

    // A restart: the page comes back with everything typed so far.
    first.unmount()
    renderWithSwr(<VisitPage />)
    await screen.findByText('走访情况')
    expect(document.querySelector('taro-input-core[name="purpose"]')).toHaveAttribute(
      'value',
      '了解税务登记进度',
    )
    expect(screen.getByRole('radio', { name: '电话' })).toHaveAttribute('aria-checked', 'true')
    await user.click(screen.getByRole('radio', { name: '审批证照' }))
    const before = (await getEnterpriseVisits(ENTERPRISE, { limit: 100 })).items.length
    fireEvent.click(screen.getByText('保存走访记录'))
    await waitFor(async () =>
      expect((await getEnterpriseVisits(ENTERPRISE, { limit: 100 })).items).toHaveLength(before + 1),
    )
    const saved = (await getEnterpriseVisits(ENTERPRISE, { status: 'done', limit: 1 })).items[0]
    expect(saved).toMatchObject({ purpose: '了解税务登记进度', method: 'phone', specialistId: SPECIALIST })
    expect(saved?.problems).toEqual([
      expect.objectContaining({ category: 'permits', description: '发票开不出来，影响首单交付' }),
    ])
    // Saved: the draft is gone.
    expect(Object.keys(useDraftStore.getState().drafts).some((k) => k.startsWith('visit:'))).toBe(false)
  })

  it('raises a request from a problem, on the enterprise’s behalf', async () => {
    const user = userEvent.setup()
    await asSpecialist()
    const visits = await getEnterpriseVisits('ent-01', { status: 'done', limit: 100 })
    const visit = visits.items.find((v) => v.problems.some((p) => !p.requestId))!
    const problem = visit.problems.find((p) => !p.requestId)!
    openedWith('/pages/requests/new/index', {
      enterpriseId: 'ent-01',
      visitId: visit.id,
      problemId: problem.id,
      type: 'legal_support',
    })
    renderWithSwr(<NewRequestPage />)
    expect(await screen.findByText('针对走访发现的问题')).toBeInTheDocument()
    await screen.findByText('代企业提交申请')
    for (const field of document.querySelectorAll('[data-field]')) {
      const key = field.getAttribute('data-field')
      const input = field.querySelector('taro-input-core')
      const area = field.querySelector('taro-textarea-core')
      const chip = field.querySelector('[role="radio"]')
      if (chip) await user.click(chip)
      else if (input) await typeInto(user, input, key === 'contactPhone' ? '13800000001' : '合同审查')
      else if (area) typeArea(area, '请审查厂房租赁合同')
    }
    fireEvent.click(screen.getByText('代企业提交申请'))
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: expect.stringMatching(/^\/specialist\/request\/index\?id=/),
      }),
    )
    await asOwner('usr-owner-01')
    const mine = (await getServiceRequests({ limit: 100 })).items
    const raised = mine.find((r) => r.raisedBy?.id === SPECIALIST && r.serviceType === 'legal_support')
    expect(raised?.status).toBe('submitted')
    const after = (await getEnterpriseVisits('ent-01', { limit: 100 })).items.find((v) => v.id === visit.id)
    expect(after?.problems.find((p) => p.id === problem.id)?.requestId).toBe(raised?.id)
  })

  it('marks a journey step with a note on the enterprise page', async () => {
    const user = userEvent.setup()
    await asSpecialist()
    openedWith('/field/enterprise/index', { id: ENTERPRISE })
    renderWithSwr(<SpecialistEnterprisePage />)
    const card = within(await screen.findByRole('region', { name: '落地进度' }))
    expect(await card.findByText('代为发起税务登记')).toBeInTheDocument()
    await user.click(card.getByText('标记完成'))
    fireEvent.click(card.getByText('确认标记'))
    expect(await card.findByText('请填写说明')).toBeInTheDocument()
    typeArea(textArea(document.querySelector('.next-step')!), '企业已在电子税务局自行登记')
    fireEvent.click(card.getByText('确认标记'))
    expect(await card.findByText(/^当前：载体入驻/)).toBeInTheDocument()
    expect(card.getByText('企业已在电子税务局自行登记（张敏标记）')).toBeInTheDocument()
    expect((await getJourney(ENTERPRISE)).current).toBe('premises_lease')
  })

  it('我的企业: stage filter, last and next visit, and the overdue mark', async () => {
    const user = userEvent.setup()
    // 李航 serves 知合咨询, last contacted 38 days ago.
    await signInAs('specialist', (a) => a.userId === 'usr-spec-02')
    renderWithSwr(<EnterprisesPage />)
    await screen.findByText('重庆知合企业管理咨询有限公司')
    expect(await screen.findAllByText('超 30 天未联系')).not.toHaveLength(0)
    const landed = await screen.findByRole('tab', { name: /^已落地 \d+$/ })
    await user.click(landed)
    await waitFor(() => expect(screen.queryByText('重庆易易互联科技有限公司')).toBeNull())
    expect(screen.getByText('重庆知合企业管理咨询有限公司')).toBeInTheDocument()
    expect(screen.getAllByText('落地阶段：已落地').length).toBeGreaterThan(0)
    await user.click(screen.getByRole('link', { name: '重庆知合企业管理咨询有限公司，落地进度与走访' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/field/enterprise/index?id=ent-11' })
  })
})

describe('走访记录 (the owner, under 我的)', () => {
  it('lists the visits: what was discussed and the problems found', async () => {
    await asOwner('usr-owner-01')
    renderWithSwr(<VisitHistoryPage />)
    expect(await screen.findByText('了解扩产计划')).toBeInTheDocument()
    expect(screen.getByText('扩产资金缺口约 800 万元')).toBeInTheDocument()
    expect(screen.getByText('签约后首次上门，梳理落地代办清单')).toBeInTheDocument()
    // The owner reads them; raising is the specialist's.
    expect(screen.queryByText('代为发起申请')).toBeNull()
    await act(async () => undefined)
  })
})
