import Taro from '@tarojs/taro'

/**
 * The salon reminder template, configured in the WeChat admin console; a placeholder id until the
 * real one is issued (WeChat then answers "fail", which we tell the user about and move on).
 */
const REMINDER_TEMPLATE_ID = 'SALON_REMINDER_TEMPLATE_ID'

/** WeChat only lets this run from a tap, so it is called from a button's handler, never on load. */
export async function subscribeReminder(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return
  try {
    const result = await Taro.requestSubscribeMessage({
      tmplIds: [REMINDER_TEMPLATE_ID],
      entityIds: [],
    } as Parameters<typeof Taro.requestSubscribeMessage>[0])
    const accepted = (result as unknown as Record<string, string>)[REMINDER_TEMPLATE_ID] === 'accept'
    void Taro.showToast({ title: accepted ? '已订阅开场提醒' : '未订阅提醒', icon: 'none' })
  } catch {
    void Taro.showToast({ title: '暂时无法订阅提醒', icon: 'none' })
  }
}
