import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'

import type { Booking } from '@/api/contract/schemas/salon'

import { CheckInQr } from './check-in-qr'
import { subscribeReminder } from './reminder'
import { bookingLabel, formatDateTime } from './salon-format'

import './booking-panel.scss'

/** The card's title for what the owner holds: a ticket once they have a seat. */
export const bookingPanelTitle = (booking: Booking) =>
  booking.status === 'waitlisted' ? '我的报名' : '我的入场券'

/**
 * What an owner holds after booking, at the top of the page: the ticket with its check-in QR when
 * confirmed, 已签到 with the time once checked in (the QR has done its job), the waitlist place while
 * waiting, and a notice the moment a cancellation elsewhere promotes them (a booking.updated event
 * refetches the salon, and this sees waitlisted turn into confirmed).
 */
export function BookingPanel({ booking }: { booking: Booking }) {
  const previous = useRef(booking.status)
  const [promoted, setPromoted] = useState(false)
  useEffect(() => {
    if (previous.current === 'waitlisted' && booking.status === 'confirmed') setPromoted(true)
    previous.current = booking.status
  }, [booking.status])

  return (
    <View className={`booking-panel booking-panel--${booking.status}`}>
      {promoted ? (
        <View className="booking-panel__notice">候补成功！有人取消了报名，您已获得席位</View>
      ) : null}
      {booking.status === 'checked_in' ? (
        <View className="booking-panel__checked" role="status">
          <View className="booking-panel__tick" aria-hidden />
          <Text className="booking-panel__checked-title">已签到</Text>
          {booking.checkedInAt ? (
            <Text className="booking-panel__checked-at">{`签到时间 ${formatDateTime(booking.checkedInAt)}`}</Text>
          ) : null}
        </View>
      ) : booking.status === 'waitlisted' ? (
        <>
          <Text className="chip">{bookingLabel(booking)}</Text>
          <View className="booking-panel__hint">
            前面有人取消时按候补顺序自动递补，递补成功会通知您并生成签到码
          </View>
        </>
      ) : (
        <>
          <Text className="chip chip--primary">{bookingLabel(booking)}</Text>
          <CheckInQr code={booking.checkInCode} />
          <View className="booking-panel__code">{`签到码 ${booking.checkInCode}`}</View>
          <View className="booking-panel__hint">到场后出示二维码，工作人员扫码签到</View>
        </>
      )}
      {process.env.TARO_ENV === 'weapp' && booking.status !== 'checked_in' ? (
        <Button size="small" fill="outline" type="primary" onClick={() => void subscribeReminder()}>
          订阅开场提醒
        </Button>
      ) : null}
    </View>
  )
}
