import Taro from '@tarojs/taro'

import type { SubscribeAnswers } from './wechat-subscribe'

export type { SubscribeAnswers }

// WeChat only (Taro picks this file for the weapp build): the subscription panel.
export const canSubscribe = true

/**
 * Opens WeChat's subscription panel for up to 3 templates. WeChat shows it only from a user's tap, so
 * this must be called synchronously inside a tap handler, before any await. Resolves with the answer
 * per template id, or undefined when WeChat refused to ask (switched off, a bad id, not from a tap).
 */
export function requestSubscribe(tmplIds: string[]): Promise<SubscribeAnswers | undefined> {
  return Taro.requestSubscribeMessage({ tmplIds } as Parameters<typeof Taro.requestSubscribeMessage>[0])
    .then((result) => {
      const answers: SubscribeAnswers = {}
      for (const id of tmplIds) {
        const value = (result as unknown as Record<string, unknown>)[id]
        if (typeof value === 'string') answers[id] = value
      }
      return answers
    })
    .catch(() => undefined)
}
