import type { Salon } from '@/api/contract/schemas/salon'

export type BookingIntent = 'book' | 'waitlist' | 'cancel' | 'confirm' | 'none'

export interface BookingButtonState {
  intent: BookingIntent
  label: string
}

/**
 * The detail page's one button: its words follow the salon and the caller's booking, so the owner
 * always sees the single thing they can do next (or why they can't).
 */
export function bookingButtonState(salon: Salon, now = Date.now()): BookingButtonState {
  const mine = salon.myBooking
  if (salon.status === 'cancelled') return { intent: 'none', label: '已取消' }
  if (mine?.status === 'checked_in') return { intent: 'none', label: '已签到' }
  if (Date.parse(salon.endAt) < now) return { intent: 'none', label: '已结束' }
  // A seat offered from the waitlist: taking it is the next step (declining sits on the panel).
  if (mine?.status === 'offered') return { intent: 'confirm', label: '确认参加' }
  if (mine && (mine.status === 'confirmed' || mine.status === 'waitlisted')) {
    return { intent: 'cancel', label: mine.status === 'waitlisted' ? '取消候补' : '取消报名' }
  }
  if (salon.status === 'draft') return { intent: 'none', label: '未发布' }
  if (Date.parse(salon.bookingDeadline) < now) return { intent: 'none', label: '已截止' }
  if (salon.bookedCount >= salon.capacity) return { intent: 'waitlist', label: '加入候补' }
  return { intent: 'book', label: '报名' }
}
