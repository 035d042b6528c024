import Taro from '@tarojs/taro'

import { toApiError } from '@/api/http/api-error'

/** The one place a failure becomes a toast: the ApiError's Chinese message, as it is. */
export function notifyError(error: unknown): void {
  const { message } = toApiError(error)
  void Taro.showToast({ title: message, icon: 'none', duration: 2500 })
}

/** WeChat's success toast shows at most 7 Chinese characters beside its tick and cuts the rest. */
export const SUCCESS_TOAST_MAX_CHARS = 7

/** A success: the tick for a short word (已提交), plain text for a sentence, so nothing is cut or wraps. */
export function notifySuccess(title: string): void {
  const short = Array.from(title).length <= SUCCESS_TOAST_MAX_CHARS
  void Taro.showToast({ title, icon: short ? 'success' : 'none', duration: short ? 1500 : 2500 })
}
