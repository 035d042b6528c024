import Taro from '@tarojs/taro'

import type { Salon } from '@/api/contract/schemas/salon'

import { phoneCalendarEvent } from './salon-links'

// WeChat (the default; salon-device.h5.ts is H5's): the phone's own map and calendar.

/** 导航: WeChat's map at the salon's coordinates, with its name and address under the pin. */
export function openSalonMap(salon: Salon): void {
  if (!salon.coordinates) return
  Taro.openLocation({
    latitude: salon.coordinates.latitude,
    longitude: salon.coordinates.longitude,
    name: salon.title,
    address: salon.location,
    scale: 16,
  }).catch(() => void Taro.showToast({ title: '无法打开地图', icon: 'none' }))
}

/** 添加到日历: the phone's calendar, asked by WeChat (the user may refuse: then nothing is added). */
export function addSalonToCalendar(salon: Salon): void {
  const event = phoneCalendarEvent(salon) as unknown as Parameters<typeof Taro.addPhoneCalendar>[0]
  Taro.addPhoneCalendar(event)
    .then(() => void Taro.showToast({ title: '已添加到日历', icon: 'none' }))
    .catch((error: { errMsg?: string }) => {
      if (/cancel|deny/i.test(error?.errMsg ?? '')) return
      void Taro.showToast({ title: '未能添加到日历', icon: 'none' })
    })
}
