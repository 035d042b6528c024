import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'

import type { Booking } from '@/api/contract/schemas/salon'
import { SubscribeCard } from '@/components/subscribe-card'
import { askSubscriptions, useSubscribeOffer } from '@/stores/subscription-store'

import { CheckInQr } from './check-in-qr'
import { OfferCountdown } from './offer-countdown'
import { bookingLabel, formatDateTime } from './salon-format'

import './booking-panel.scss'

/** The card's title for what the owner holds: a ticket once they have a seat. */
export const bookingPanelTitle = (booking: Booking) =>
  booking.status === 'waitlisted' || booking.status === 'offered' ? '我的报名' : '我的入场券'

/**
 * What an owner holds after booking, at the top of the page: the ticket with its check-in QR when
 * confirmed, 已签到 with the time once checked in (the QR has done its job), the waitlist place while
 * waiting, and a notice the moment a cancellation elsewhere promotes them (a booking.updated event
 * refetches the salon, and this sees waitlisted turn into confirmed).
 */
export function BookingPanel({
  booking,
  onDecline,
  ended = false,
}: {
  booking: Booking
  onDecline?: () => void
  /** The salon is over: a seat never checked in is 未到, and the QR has no use left. */
  ended?: boolean
}) {
  const previous = useRef(booking.status)
  const [promoted, setPromoted] = useState(false)
  useEffect(() => {
    if (previous.current === 'waitlisted' && booking.status === 'confirmed') setPromoted(true)
    previous.current = booking.status
  }, [booking.status])
  // WeChat only (empty on H5): 开场提醒 for a seat; 候补递补 too while waiting. Asked from the user's tap.
  const offer = useSubscribeOffer(
    booking.status === 'waitlisted' || booking.status === 'offered'
      ? ['waitlist_promoted', 'salon_reminder']
      : ['salon_reminder'],
  )
  const ask = () =>
    void askSubscriptions(offer, { type: 'salon', id: booking.salonId }).then((outcome) => {
      if (outcome !== 'unavailable')
        void Taro.showToast({ title: outcome === 'accepted' ? '已开启微信提醒' : '未开启提醒', icon: 'none' })
    })

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
      ) : ended && booking.status === 'confirmed' ? (
        <>
          <Text className="chip">未到</Text>
          <View className="booking-panel__hint">活动已结束，您报名后未到场签到</View>
        </>
      ) : booking.status === 'offered' ? (
        <OfferCountdown booking={booking} onDecline={onDecline} />
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
      {offer.length && booking.status !== 'checked_in' && !ended ? (
        <SubscribeCard
          title={booking.status === 'waitlisted' ? '微信提醒递补与开场' : '微信提醒开场'}
          hint={
            booking.status === 'waitlisted'
              ? '递补成功和活动开始前，通过微信服务通知告诉您'
              : '活动开始前一天，通过微信服务通知提醒您'
          }
          onAsk={ask}
        />
      ) : null}
    </View>
  )
}
