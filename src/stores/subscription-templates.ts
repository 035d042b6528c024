import type { SubscriptionTopic } from '@/api/contract/schemas/notice'

/**
 * The WeChat template id of each topic, from the build's configuration (config/env.ts, TARO_APP_*):
 * ids are issued per mini-program in WeChat's console, so they are never written in code. Each
 * `process.env.X` is spelled out because Taro inlines only literal references. Empty: not asked.
 */
export function templateIdOf(topic: SubscriptionTopic): string {
  const ids: Record<SubscriptionTopic, string | undefined> = {
    request_progress: process.env.TARO_APP_SUBSCRIBE_PROGRESS_TEMPLATE,
    salon_reminder: process.env.TARO_APP_SUBSCRIBE_REMINDER_TEMPLATE,
    waitlist_promoted: process.env.TARO_APP_SUBSCRIBE_WAITLIST_TEMPLATE,
  }
  return ids[topic] ?? ''
}
