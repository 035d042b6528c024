import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'

import { useMyBookings } from './use-salons'

/**
 * Tells an owner the moment a waitlisted booking of theirs gets a seat, wherever in the salon screens
 * they are: useMyBookings refetches on booking.updated (and after a reconnect, which may have lost
 * one), and this compares each booking's status with the one seen before.
 */
export function usePromotionNotice() {
  const bookings = useMyBookings()
  const seen = useRef(new Map<string, string>())
  useEffect(() => {
    const items = bookings.data?.items
    if (!items) return
    const promoted = items.filter((b) => seen.current.get(b.id) === 'waitlisted' && b.status === 'confirmed')
    seen.current = new Map(items.map((b) => [b.id, b.status]))
    const first = promoted[0]
    if (!first) return
    void Taro.showModal({
      title: '候补成功',
      content: `「${first.salon.title}」有人取消了报名，您已获得席位，签到码在沙龙详情里。`,
      showCancel: false,
      confirmText: '知道了',
    })
  }, [bookings.data])
  return bookings
}
