import { Text, View } from '@tarojs/components'

import type { AttendeeBooking } from '@/api/contract/schemas/salon'

import { bookingLabel } from './salon-format'

import './attendee-list.scss'

export function AttendeeList({ items }: { items: AttendeeBooking[] }) {
  return (
    <>
      {items.map((booking) => (
        <View key={booking.id} className="attendee">
          <View className="attendee__who">
            <Text className="attendee__name">{booking.userName}</Text>
            <Text className="attendee__enterprise">{booking.enterpriseName}</Text>
          </View>
          <View className="attendee__side">
            <Text className={`chip ${booking.status === 'checked_in' ? 'chip--primary' : ''}`}>
              {bookingLabel(booking)}
            </Text>
            <Text className="attendee__code">{booking.checkInCode}</Text>
          </View>
        </View>
      ))}
    </>
  )
}
