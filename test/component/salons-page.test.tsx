import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { createSalon, publishSalon } from '@/api/endpoints/salons'
import SalonsPage from '@/pages/salons/index'
import { randomId } from '@/utils/id'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

const day = 24 * 3600 * 1000
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')

describe('SalonsPage', () => {
  it('pages through upcoming salons, filters by industry chain and shows past ones', async () => {
    await signInAs('admin')
    for (let i = 0; i < 12; i += 1) {
      const start = Date.now() + (20 + i) * day
      const salon = await createSalon(
        {
          title: `数字经济夜谈 第${i + 1}期`,
          summary: '数字经济',
          description: '',
          industryChain: '数字经济',
          speakers: [],
          location: '两江新区',
          startAt: iso(start),
          endAt: iso(start + 3600 * 1000),
          bookingDeadline: iso(start - day),
          capacity: 30,
        },
        randomId('salon-'),
      )
      await publishSalon(salon.id)
    }
    await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    const user = userEvent.setup()
    renderWithSwr(<SalonsPage />)

    expect(await screen.findByText('低空经济企业家沙龙')).toBeInTheDocument()
    expect(screen.getByText('仅剩 1 席')).toBeInTheDocument()
    expect(screen.getAllByText('已满 · 可候补').length).toBeGreaterThan(0)
    const cards = () => within(screen.getByRole('region', { name: /沙龙$/ })).queryAllByRole('link')
    expect(cards()).toHaveLength(10)
    // The seats line is part of what a card says, not only what it shows.
    expect(screen.getByRole('link', { name: /，仅剩 1 席$/ })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: '上拉加载更多' }))
    await waitFor(() => expect(cards().length).toBeGreaterThan(10))

    const chain = (name: string) => screen.getByRole('radio', { name })
    expect(chain('全部')).toBeChecked()
    await user.click(chain('航空航天'))
    expect(chain('航空航天')).toBeChecked()
    expect(chain('全部')).not.toBeChecked()
    await waitFor(() => expect(cards()).toHaveLength(1))
    expect(cards()[0]).toHaveAccessibleName(/^低空经济企业家沙龙，/)

    await user.click(chain('全部'))
    await user.click(screen.getByRole('tab', { name: '往期回顾' }))
    expect(screen.getByRole('tab', { name: '往期回顾' })).toHaveAttribute('aria-selected', 'true')
    expect(await screen.findByRole('region', { name: '往期沙龙' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getAllByText(/已结束/).length).toBeGreaterThan(0))
  })
})
