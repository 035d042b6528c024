import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'

import type { Booking, Salon } from '@/api/contract/schemas/salon'
import { bookSalon, cancelBooking, confirmBookingOffer } from '@/api/endpoints/salons'
import { notifyError, notifySuccess } from '@/components/notify'
import { randomId } from '@/utils/id'

const DANGER = '#d92d20'

/** What the owner is told after booking: a seat, or the waitlist (and whether a seat was just lost). */
export function bookingOutcome(booking: Booking, expectedSeat: boolean): string {
  if (booking.status !== 'waitlisted') return '报名成功'
  const place = booking.waitlistPosition ? `第 ${booking.waitlistPosition} 位` : ''
  return expectedSeat ? `名额刚被抢完，已为您加入候补${place}` : `已加入候补${place}`
}

/**
 * Booking and cancelling from the detail page. One Idempotency-Key per intent: a double tap, a retry
 * after a timeout or a second try after an error all send the same key, so the server books once.
 * The key is dropped only when the intent is done (booked, or cancelled).
 */
export function useBooking(salon: Salon | undefined, onChanged: () => Promise<unknown>) {
  const intentKey = useRef<string | null>(null)
  const running = useRef(false)
  const [busy, setBusy] = useState(false)
  // The outcome is said once, for the status it describes; a later promotion makes it stale.
  const [outcome, setOutcome] = useState<{ text: string; status: Booking['status'] } | null>(null)

  async function run(work: () => Promise<void>) {
    // A ref, not state: a second tap in the same frame must see the first one already running.
    if (running.current) return
    running.current = true
    setBusy(true)
    try {
      await work()
    } catch (error) {
      notifyError(error)
    } finally {
      running.current = false
      setBusy(false)
      await onChanged().catch(() => undefined)
    }
  }

  /** `answers`: to the salon's sign-up fields, when it has some. */
  const book = (answers?: Record<string, string>) =>
    run(async () => {
      if (!salon) return
      intentKey.current ??= randomId('book-')
      const expectedSeat = salon.bookedCount < salon.capacity
      const booking = await bookSalon(salon.id, intentKey.current, answers ? { answers } : {})
      intentKey.current = null
      const text = bookingOutcome(booking, expectedSeat)
      setOutcome({ text, status: booking.status })
      if (booking.status === 'waitlisted') void Taro.showToast({ title: text, icon: 'none', duration: 3000 })
      else notifySuccess(text)
    })

  const cancel = () =>
    run(async () => {
      const mine = salon?.myBooking
      if (!mine) return
      const offered = mine.status === 'offered'
      const { confirm } = await Taro.showModal({
        title: offered ? '放弃名额' : mine.status === 'waitlisted' ? '取消候补' : '取消报名',
        content: offered
          ? '放弃后名额将顺延给下一位候补，确定放弃吗？'
          : '取消后名额将让给候补的企业家，确定取消吗？',
        confirmText: offered ? '确定放弃' : '确定取消',
        cancelText: '再想想',
        // Giving up a seat is destructive: red, not WeChat's default green.
        confirmColor: DANGER,
      })
      if (!confirm) return
      await cancelBooking(mine.id)
      setOutcome(null)
      notifySuccess(offered ? '已放弃名额' : '已取消')
    })

  /** Takes the seat offered from the waitlist; past its window the server says so (and passed it on). */
  const confirmOffer = () =>
    run(async () => {
      const mine = salon?.myBooking
      if (mine?.status !== 'offered') return
      await confirmBookingOffer(mine.id)
      setOutcome(null)
      notifySuccess('已确认参加')
    })

  const current = salon?.myBooking?.status
  return {
    book,
    cancel,
    confirmOffer,
    busy,
    outcome: outcome && outcome.status === current ? outcome.text : null,
  }
}
