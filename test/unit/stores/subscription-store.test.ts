import { getMockBackend } from '@/api/adapters/mock-adapter'
import {
  REASK_AFTER_REJECT_MS,
  askSubscriptions,
  shouldAsk,
  topicsToAsk,
  useSubscriptionStore,
} from '@/stores/subscription-store'
import { requestSubscribe } from '@/utils/wechat-subscribe'

import { signInAs } from '../../support/session'

// The WeChat build's platform file: the panel is there, and the test answers for the user.
jest.mock('@/utils/wechat-subscribe', () => ({ canSubscribe: true, requestSubscribe: jest.fn() }))
const panel = requestSubscribe as jest.MockedFunction<typeof requestSubscribe>

const IDS = {
  TARO_APP_SUBSCRIBE_PROGRESS_TEMPLATE: 'tmpl-progress',
  TARO_APP_SUBSCRIBE_REMINDER_TEMPLATE: 'tmpl-reminder',
  TARO_APP_SUBSCRIBE_WAITLIST_TEMPLATE: 'tmpl-waitlist',
}

beforeEach(() => Object.assign(process.env, IDS))
afterEach(() => {
  for (const key of Object.keys(IDS)) delete process.env[key]
})

describe('when to ask for a subscription', () => {
  const now = Date.parse('2026-11-27T10:00:00Z')
  it('asks a topic never answered, and a declined one only after a week', () => {
    expect(shouldAsk(undefined, 'request_progress', now)).toBe(true)
    const declined = { result: 'reject' as const, at: now - 1000, available: 0 }
    expect(shouldAsk(declined, 'request_progress', now)).toBe(false)
    expect(shouldAsk({ ...declined, at: now - REASK_AFTER_REJECT_MS }, 'request_progress', now)).toBe(true)
  })

  it('does not ask while an accepted send is unused, nor what WeChat banned or filtered', () => {
    expect(shouldAsk({ result: 'accept', at: now, available: 1 }, 'salon_reminder', now)).toBe(false)
    expect(shouldAsk({ result: 'accept', at: now, available: 0 }, 'salon_reminder', now)).toBe(true)
    expect(shouldAsk({ result: 'ban', at: 0, available: 0 }, 'salon_reminder', now)).toBe(false)
    expect(shouldAsk({ result: 'filter', at: 0, available: 0 }, 'salon_reminder', now)).toBe(false)
  })

  it('never asks a topic whose template id is not configured', () => {
    delete process.env.TARO_APP_SUBSCRIBE_WAITLIST_TEMPLATE
    expect(shouldAsk(undefined, 'waitlist_promoted', Date.now())).toBe(false)
    expect(topicsToAsk('usr-owner-01', ['waitlist_promoted', 'salon_reminder'])).toEqual(['salon_reminder'])
  })
})

describe('askSubscriptions', () => {
  it('opens the panel at once with the configured ids, remembers the answers and records them', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-01')
    panel.mockResolvedValue({ 'tmpl-waitlist': 'accept', 'tmpl-reminder': 'reject' })
    const outcome = askSubscriptions(['waitlist_promoted', 'salon_reminder'], { type: 'salon', id: 'sal-02' })
    // Before anything is awaited: WeChat opens the panel only inside the tap.
    expect(panel).toHaveBeenCalledWith(['tmpl-waitlist', 'tmpl-reminder'])
    expect(await outcome).toBe('accepted')
    const mine = useSubscriptionStore.getState().choices[owner.id]
    expect(mine?.waitlist_promoted).toMatchObject({ result: 'accept', available: 1 })
    expect(mine?.salon_reminder).toMatchObject({ result: 'reject', available: 0 })
    const stored = getMockBackend().inspect().subscriptions
    expect(stored.get(`${owner.id}|waitlist_promoted`)).toMatchObject({
      templateId: 'tmpl-waitlist',
      available: 1,
    })
    expect(stored.get(`${owner.id}|salon_reminder`)).toMatchObject({ lastResult: 'reject' })

    // Asking again right away: the accept is unused and the decline is fresh, so no panel at all.
    panel.mockClear()
    expect(await askSubscriptions(['waitlist_promoted', 'salon_reminder'])).toBe('unavailable')
    expect(panel).not.toHaveBeenCalled()
  })

  it('remembers nothing when WeChat would not show the panel', async () => {
    const owner = await signInAs('owner', (a) => a.userId === 'usr-owner-02')
    panel.mockResolvedValue(undefined)
    expect(await askSubscriptions(['request_progress'])).toBe('unavailable')
    expect(useSubscriptionStore.getState().choices[owner.id]).toBeUndefined()
    expect(topicsToAsk(owner.id, ['request_progress'])).toEqual(['request_progress'])
  })
})
