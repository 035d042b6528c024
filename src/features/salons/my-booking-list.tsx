import { Button } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'

import type { MyBooking } from '@/api/contract/schemas/salon'

import { bookingLabel, formatRange } from './salon-format'

import './salon-card.scss'

/** My bookings, each with its salon's time and place and where the booking stands. */
export function MyBookingList({
  items,
  onOpen,
  onConfirm,
}: {
  items: MyBooking[]
  onOpen: (booking: MyBooking) => void
  /** Takes a seat offered from the waitlist, right from the list. */
  onConfirm?: (booking: MyBooking) => void
}) {
  return (
    <>
      {items.map((booking) => (
        <View key={booking.id} className="salon-card" onClick={() => onOpen(booking)}>
          <View className="salon-card__title">{booking.salon.title}</View>
          <View className="salon-card__line">{formatRange(booking.salon.startAt, booking.salon.endAt)}</View>
          <View className="salon-card__line">{booking.salon.location}</View>
          <View className="salon-card__foot">
            <Text className={`chip ${booking.status === 'cancelled' ? '' : 'chip--primary'}`}>
              {bookingLabel(booking, Date.now(), booking.salon.endAt)}
            </Text>
            {booking.salon.status === 'cancelled' ? <Text className="chip">沙龙已取消</Text> : null}
            {booking.status === 'checked_in' &&
            !booking.feedback &&
            Date.parse(booking.salon.endAt) < Date.now() ? (
              <Text className="chip chip--primary">待评价</Text>
            ) : null}
            {booking.status === 'offered' && onConfirm ? (
              <Button
                size="small"
                type="primary"
                className="salon-card__confirm"
                onClick={(event) => {
                  // The card opens the salon; this button only confirms.
                  event.stopPropagation()
                  onConfirm(booking)
                }}
              >
                确认参加
              </Button>
            ) : null}
          </View>
        </View>
      ))}
    </>
  )
}
