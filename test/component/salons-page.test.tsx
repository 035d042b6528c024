import { fireEvent, screen, waitFor } from '@testing-library/react'

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
    renderWithSwr(<SalonsPage />)

    expect(await screen.findByText('低空经济企业家沙龙')).toBeInTheDocument()
    expect(screen.getByText('仅剩 1 席')).toBeInTheDocument()
    expect(screen.getAllByText('已满 · 可候补').length).toBeGreaterThan(0)
    const firstPage = document.querySelectorAll('.salon-card').length
    expect(firstPage).toBe(10)
    fireEvent.click(screen.getByText('上拉加载更多'))
    await waitFor(() => expect(document.querySelectorAll('.salon-card').length).toBeGreaterThan(10))

    const chips = () => document.querySelector('.industry-filter')!.querySelectorAll('.chip')
    const pick = (name: string) =>
      fireEvent.click([...chips()].find((element) => element.textContent === name)!)
    pick('航空航天')
    await waitFor(() => expect(document.querySelectorAll('.salon-card')).toHaveLength(1))
    expect(screen.getByText('低空经济企业家沙龙')).toBeInTheDocument()

    pick('全部')
    fireEvent.click(screen.getByText('往期回顾'))
    expect(await screen.findByText('往期沙龙')).toBeInTheDocument()
    await waitFor(() => expect(screen.getAllByText(/已结束/).length).toBeGreaterThan(0))
  })
})
