import { useRef } from 'react'

import type { MyBooking } from '@/api/contract/schemas/salon'
import { confirmBookingOffer } from '@/api/endpoints/salons'
import { notifyError, notifySuccess } from '@/components/notify'

/**
 * 我的报名's 确认参加: takes a seat offered from the waitlist, then refetches the list. A lapsed offer
 * is refused by the server with its reason (名额已顺延), shown as is.
 */
export function useConfirmOffer(refresh: () => Promise<unknown>) {
  // A ref: a second tap in the same frame must see the first one running.
  const running = useRef(false)
  return async (booking: MyBooking) => {
    if (running.current) return
    running.current = true
    try {
      await confirmBookingOffer(booking.id)
      notifySuccess('已确认参加')
    } catch (error) {
      notifyError(error)
    } finally {
      running.current = false
      await refresh().catch(() => undefined)
    }
  }
}
