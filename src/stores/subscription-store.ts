import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

import type {
  NoticeTarget,
  SubscriptionConsent,
  SubscriptionResult,
  SubscriptionTopic,
} from '@/api/contract/schemas/notice'
import { recordSubscriptions } from '@/api/endpoints/notices'
import { randomId } from '@/utils/id'
import { taroStorage } from '@/utils/taro-storage'
import { canSubscribe, requestSubscribe } from '@/utils/wechat-subscribe'

import { useSessionStore } from './session-store'
import { templateIdOf } from './subscription-templates'

// WeChat's answers, as a list of the contract's type: importing the zod schema would ship zod with every
// screen that offers a subscription (the salon page has no zod otherwise).
const RESULTS: readonly SubscriptionResult[] = ['accept', 'reject', 'ban', 'filter']
const isResult = (value: unknown): value is SubscriptionResult =>
  RESULTS.includes(value as SubscriptionResult)

/** A declined topic is offered again after this long: a later request may matter more to the user. */
export const REASK_AFTER_REJECT_MS = 7 * 24 * 60 * 60 * 1000

export interface TopicChoice {
  result: SubscriptionResult
  /** When the user answered (ms). */
  at: number
  /** Unused one-time sends the backend holds for this topic, as it last said (an accept adds one). */
  available: number
}

type Choices = Partial<Record<SubscriptionTopic, TopicChoice>>

interface SubscriptionState {
  /** userId → topic → the last answer: a phone may be shared, and consent is a person's. */
  choices: Record<string, Choices>
  record: (
    userId: string,
    answers: Partial<Record<SubscriptionTopic, SubscriptionResult>>,
    at: number,
  ) => void
  /** The backend's count of unused sends per topic, after it recorded an answer. */
  sync: (userId: string, consents: SubscriptionConsent[]) => void
}

/**
 * Whether to ask for a topic now. Not configured: never. Never answered: ask. An accept the backend
 * has not used yet: no (another would only pile up sends). Banned or filtered by WeChat: no, WeChat
 * would refuse again. Declined: not before REASK_AFTER_REJECT_MS.
 */
export function shouldAsk(choice: TopicChoice | undefined, topic: SubscriptionTopic, now: number): boolean {
  if (!canSubscribe || !templateIdOf(topic)) return false
  if (!choice) return true
  if (choice.result === 'accept') return choice.available === 0
  if (choice.result === 'reject') return now - choice.at >= REASK_AFTER_REJECT_MS
  return false
}

export const useSubscriptionStore = create<SubscriptionState>()(
  persist(
    (set) => ({
      choices: {},
      record: (userId, answers, at) =>
        set((state) => {
          const mine: Choices = { ...state.choices[userId] }
          for (const [topic, result] of Object.entries(answers) as [
            SubscriptionTopic,
            SubscriptionResult,
          ][]) {
            const before = mine[topic]?.available ?? 0
            mine[topic] = {
              result,
              at,
              available: result === 'accept' ? before + 1 : result === 'ban' ? 0 : before,
            }
          }
          return { choices: { ...state.choices, [userId]: mine } }
        }),
      sync: (userId, consents) =>
        set((state) => {
          const mine: Choices = { ...state.choices[userId] }
          for (const consent of consents) {
            const choice = mine[consent.topic]
            if (choice) mine[consent.topic] = { ...choice, available: consent.available }
          }
          return { choices: { ...state.choices, [userId]: mine } }
        }),
    }),
    {
      name: 'qfgj-subscriptions',
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: ({ choices }) => ({ choices }),
    },
  ),
)

/** The topics of `wanted` worth asking this user for now (at most 3, WeChat's limit per ask). */
export function topicsToAsk(
  userId: string | undefined,
  wanted: readonly SubscriptionTopic[],
  now = Date.now(),
) {
  if (!userId) return []
  const mine = useSubscriptionStore.getState().choices[userId] ?? {}
  return wanted.filter((topic) => shouldAsk(mine[topic], topic, now)).slice(0, 3)
}

export type AskOutcome = 'accepted' | 'declined' | 'unavailable'

/**
 * Asks WeChat for the topics that need it, remembers the answers and tells the backend who agreed to
 * what. Call it straight from a tap handler: WeChat opens its panel only from a user's tap, so the
 * panel is requested before anything is awaited.
 */
export function askSubscriptions(
  topics: readonly SubscriptionTopic[],
  target?: NoticeTarget,
): Promise<AskOutcome> {
  const userId = useSessionStore.getState().user?.id
  const asked = topicsToAsk(userId, topics)
  if (!userId || !asked.length) return Promise.resolve('unavailable')
  const ids = asked.map(templateIdOf)
  const panel = requestSubscribe(ids)
  return panel.then(async (answers) => {
    if (!answers) return 'unavailable'
    const results: Partial<Record<SubscriptionTopic, SubscriptionResult>> = {}
    asked.forEach((topic, i) => {
      const answer = answers[ids[i] ?? '']
      if (isResult(answer)) results[topic] = answer
    })
    const store = useSubscriptionStore.getState()
    store.record(userId, results, Date.now())
    const choices = asked.flatMap((topic, i) => {
      const result = results[topic]
      return result ? [{ topic, templateId: ids[i] ?? '', result }] : []
    })
    if (choices.length) {
      // The answer stays remembered on the phone even if this post fails; the backend's count is a bonus.
      await recordSubscriptions({ choices, ...(target ? { target } : {}) }, randomId('sub-'))
        .then((consents) => useSubscriptionStore.getState().sync(userId, consents.items))
        .catch(() => undefined)
    }
    return Object.values(results).includes('accept') ? 'accepted' : 'declined'
  })
}

/** For a screen: which of `wanted` this user may be offered now (re-read when an answer is stored). */
export function useSubscribeOffer(wanted: readonly SubscriptionTopic[]): SubscriptionTopic[] {
  const userId = useSessionStore((state) => state.user?.id)
  useSubscriptionStore((state) => (userId ? state.choices[userId] : undefined))
  return topicsToAsk(userId, wanted)
}
