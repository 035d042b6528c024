import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'

import type { Booking } from '@/api/contract/schemas/salon'

import { CheckInQr } from './check-in-qr'
import { subscribeReminder } from './reminder'
import { bookingLabel } from './salon-format'

import './booking-panel.scss'

/**
 * What an owner holds after booking: the check-in QR when confirmed, the waitlist place while
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
    <View className="booking-panel">
      {promoted ? (
        <View className="booking-panel__notice">候补成功！有人取消了报名，您已获得席位</View>
      ) : null}
      <View className="booking-panel__status">
        <Text className={`chip ${booking.status === 'waitlisted' ? '' : 'chip--primary'}`}>
          {bookingLabel(booking)}
        </Text>
      </View>
      {booking.status === 'waitlisted' ? (
        <View className="booking-panel__hint">
          前面有人取消时按候补顺序自动递补，递补成功会通知您并生成签到码
        </View>
      ) : (
        <>
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
