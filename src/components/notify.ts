import Taro from '@tarojs/taro'

import { toApiError } from '@/api/http/api-error'

/** The one place a failure becomes a toast: the ApiError's Chinese message, as it is. */
export function notifyError(error: unknown): void {
  const { message } = toApiError(error)
  void Taro.showToast({ title: message, icon: 'none', duration: 2500 })
}

export function notifySuccess(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 })
}
