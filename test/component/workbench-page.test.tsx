import Taro from '@tarojs/taro'
import { fireEvent, screen, waitFor } from '@testing-library/react'

import { getServiceRequests } from '@/api/endpoints/service-requests'
import WorkbenchPage from '@/specialist/workbench/index'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

const dueOf = (card: Element) => card.querySelector('.request-card__due')?.textContent ?? ''

describe('WorkbenchPage (specialist queue)', () => {
  it('lists the requests of my enterprises, overdue first then by due date, with counts and names', async () => {
    await signInAs('specialist', (account) => account.userId === 'usr-spec-01')
    const mine = (await getServiceRequests({ limit: 100 })).items
    renderWithSwr(<WorkbenchPage />)

    await waitFor(() => expect(document.querySelectorAll('.request-card')).toHaveLength(mine.length))
    const cards = Array.from(document.querySelectorAll('.request-card'))
    const overdue = cards.filter((card) => card.classList.contains('request-card--overdue'))
    expect(overdue.length).toBeGreaterThan(0)
    // Overdue ones form the head of the queue.
    expect(cards.slice(0, overdue.length)).toEqual(overdue)
    expect(dueOf(cards[0]!)).toMatch(/已逾期/)
    expect(screen.getAllByText('重庆飞快通航科技有限公司').length).toBeGreaterThan(0)

    const submitted = mine.filter((request) => request.status === 'submitted').length
    const tab = Array.from(document.querySelectorAll('.status-tabs__tab')).find((t) =>
      t.textContent?.startsWith('已提交'),
    )!
    expect(tab.textContent).toBe(`已提交${submitted}`)
    fireEvent.click(tab)
    await waitFor(() => expect(document.querySelectorAll('.request-card')).toHaveLength(submitted))

    fireEvent.click(document.querySelector('.request-card')!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: expect.stringMatching(/^\/specialist\/request\/index\?id=/),
    })
  })
})
