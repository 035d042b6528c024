import Taro from '@tarojs/taro'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { getServiceRequests } from '@/api/endpoints/service-requests'
import WorkbenchPage from '@/specialist/workbench/index'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

/** The queue's cards as a screen reader lists them: one link each, named by what the card shows. */
const queue = (name?: RegExp) =>
  within(screen.getByRole('region', { name: '待办队列' })).queryAllByRole('link', { name })

describe('WorkbenchPage (specialist queue)', () => {
  it('lists the requests of my enterprises, overdue first then by due date, with counts and names', async () => {
    const user = userEvent.setup()
    await signInAs('specialist', (account) => account.userId === 'usr-spec-01')
    const mine = (await getServiceRequests({ limit: 100 })).items
    renderWithSwr(<WorkbenchPage />)

    await waitFor(() => expect(queue()).toHaveLength(mine.length))
    const cards = queue()
    const overdue = queue(/已逾期/)
    expect(overdue.length).toBeGreaterThan(0)
    // Overdue ones form the head of the queue.
    expect(cards.slice(0, overdue.length)).toEqual(overdue)
    expect(within(cards[0]!).getByText(/已逾期/)).toBeVisible()
    // Each card names the enterprise it belongs to.
    expect(queue(/重庆飞快通航科技有限公司/).length).toBeGreaterThan(0)
    expect(screen.getAllByText('重庆飞快通航科技有限公司').length).toBeGreaterThan(0)

    const submitted = mine.filter((request) => request.status === 'submitted').length
    const tab = screen.getByRole('tab', { name: `已提交 ${submitted}` })
    expect(tab).toHaveTextContent(`已提交${submitted}`)
    expect(tab).toHaveAttribute('aria-selected', 'false')
    await user.click(tab)
    await waitFor(() => expect(queue()).toHaveLength(submitted))
    expect(screen.getByRole('tab', { name: `已提交 ${submitted}` })).toHaveAttribute('aria-selected', 'true')
    expect(queue(/，已提交，/)).toHaveLength(submitted)

    await user.click(queue()[0]!)
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: expect.stringMatching(/^\/specialist\/request\/index\?id=/),
    })
  })
})
