import { act, render, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { SWRConfig } from 'swr'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import { UpdateSalonBodySchema } from '@/api/contract/schemas/salon'
import { bookSalon, getSalon } from '@/api/endpoints/salons'
import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'
import { randomId } from '@/utils/id'

import { signInAs } from '../support/session'

// SWR as the app runs it: one cache for the app's life, its default 2 s dedupe (renderWithSwr turns
// dedupe off for other tests). The page comes and goes inside it, as pages do.
const cache = new Map()
const app = (page: ReactElement | null) => <SWRConfig value={{ provider: () => cache }}>{page}</SWRConfig>

test('a salon opened again right after a change no page heard of shows the change, not the copy', async () => {
  await signInAs('owner', (a) => a.userId === 'usr-owner-14')
  expect((await bookSalon('sal-02', randomId('book-'))).status).toBe('waitlisted')
  const view = render(app(<SalonDetailScreen id="sal-02" />))
  expect(await screen.findByText(/候补第 \d+ 位/)).toBeInTheDocument()
  view.rerender(app(null))

  // No salon page is open when the admin adds seats and the waitlist moves up (the owner was reading
  // the notice about it): nothing listened for the event.
  const body = { ...UpdateSalonBodySchema.parse(await getSalon('sal-02')), capacity: 20 }
  const response = await getMockBackend().handle({
    method: 'PUT',
    path: '/api/v1/salons/sal-02',
    headers: { authorization: 'Bearer demo-usr-admin-01', 'content-type': 'application/json' },
    body,
  })
  expect(response.status).toBe(200)

  // Opened again within SWR's dedupe window: it fetches, and shows the seat.
  await act(async () => {
    view.rerender(app(<SalonDetailScreen id="sal-02" />))
  })
  expect(await screen.findByText('我的入场券')).toBeInTheDocument()
  expect(screen.queryByText(/候补第 \d+ 位/)).toBeNull()
})
