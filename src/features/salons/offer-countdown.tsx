import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'

import type { Booking } from '@/api/contract/schemas/salon'

import { formatDateTime, offerTimeLeft } from './salon-format'

// Minutes are the countdown's unit: a tick every 30 s keeps it right without re-rendering each second.
const TICK_MS = 30_000

/**
 * A seat offered from the waitlist: until when it is kept and how long is left (ticking), with the
 * way to give it up; taking it is the page's main button (确认参加).
 */
export function OfferCountdown({ booking, onDecline }: { booking: Booking; onDecline?: () => void }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS)
    return () => clearInterval(timer)
  }, [])
  const until = booking.offerExpiresAt
  return (
    <>
      <Text className="chip chip--primary">候补名额待确认</Text>
      {until ? (
        <View className="booking-panel__offer" role="timer">
          <Text className="booking-panel__left">{`还剩 ${offerTimeLeft(until, now)}`}</Text>
          <Text className="booking-panel__hint">{`名额为您保留至 ${formatDateTime(until)}`}</Text>
        </View>
      ) : null}
      <View className="booking-panel__hint">
        有人取消了报名，名额先留给您：请点「确认参加」，逾期未确认将顺延给下一位候补
      </View>
      {onDecline ? (
        <Button size="small" fill="outline" className="booking-panel__decline" onClick={onDecline}>
          放弃名额
        </Button>
      ) : null}
    </>
  )
}
