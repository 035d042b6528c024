/** WeChat's answer per template id: 'accept', 'reject', 'ban' or 'filter'. */
export type SubscribeAnswers = Record<string, string>

/**
 * H5 (and the jest run, which renders H5): browsers have no subscription messages, so nothing is ever
 * offered or asked. The WeChat build takes wechat-subscribe.weapp.ts instead (Taro picks it by TARO_ENV).
 */
export const canSubscribe = false

export function requestSubscribe(tmplIds: string[]): Promise<SubscribeAnswers | undefined> {
  void tmplIds
  return Promise.resolve(undefined)
}
