import { screen } from '@testing-library/react'

import { http } from '@/api/http/http-client'
import HomePage from '@/pages/home/index'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

/** mulberry32: a seeded Math.random, so "30% of calls fail" fails the same calls on every run. */
function seededRandom(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('home page on a flaky network (TARO_APP_MOCK_FAIL_RATE=0.3)', () => {
  afterEach(() => {
    delete process.env.TARO_APP_MOCK_FAIL_RATE
  })

  it('still loads the enterprise and both specialists, by retrying', async () => {
    const owner = await signInAs('owner', (account) => Boolean(account.enterpriseName))
    process.env.TARO_APP_MOCK_FAIL_RATE = '0.3'
    jest.spyOn(Math, 'random').mockImplementation(seededRandom(7))
    let attempts = 0
    const counter = http.interceptors.request.use((config) => {
      attempts += 1
      return config
    })

    try {
      renderWithSwr(<HomePage />)
      expect(
        await screen.findByText(owner.account.enterpriseName!, {}, { timeout: 5000 }),
      ).toBeInTheDocument()
      expect(screen.getByText('服务专员')).toBeInTheDocument()
      // One GET /me on screen; more attempts than that means failures were retried away.
      expect(attempts).toBeGreaterThan(1)
    } finally {
      http.interceptors.request.eject(counter)
    }
  })
})
