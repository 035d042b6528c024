import Taro from '@tarojs/taro'

import type { Salon } from '@/api/contract/schemas/salon'

import { buildSalonIcs, icsFileName } from './salon-ics'
import { mapLink } from './salon-links'

// H5 only (Taro picks this over salon-device.ts when TARO_ENV is h5): a browser has no phone map
// or calendar API, so 导航 opens a map site and 添加到日历 downloads an .ics file.

export function openSalonMap(salon: Salon): void {
  if (!salon.coordinates) return
  window.open(mapLink(salon.coordinates, salon.title), '_blank', 'noopener')
}

export function addSalonToCalendar(salon: Salon): void {
  const blob = new Blob([buildSalonIcs(salon, new Date())], { type: 'text/calendar;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = icsFileName(salon)
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Revoked after the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0)
  void Taro.showToast({ title: '已下载日历文件', icon: 'none' })
}
