import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'

import { BookingButton } from './booking-button'
import { BookingPanel, bookingPanelTitle } from './booking-panel'
import { SalonDetails } from './salon-details'
import { useBooking } from './use-booking'
import { useSalon } from './use-salons'

import './salon-detail-screen.scss'

/**
 * The owner's salon page: once booked, their ticket (the QR, or 已签到) comes first, where it is
 * wanted at the door; then the facts, and the one button.
 */
export function SalonDetailScreen({ id }: { id: string | undefined }) {
  const salon = useSalon(id)
  const booking = useBooking(salon.data, () => salon.mutate())
  usePullRefresh(() => salon.mutate())
  return (
    <View className="page salon-detail">
      <AsyncView query={salon} empty={{ title: '' }}>
        {(data) => (
          <>
            {data.myBooking && data.status !== 'cancelled' ? (
              <SectionCard title={bookingPanelTitle(data.myBooking)}>
                {booking.outcome ? <View className="salon-detail__outcome">{booking.outcome}</View> : null}
                <BookingPanel booking={data.myBooking} />
              </SectionCard>
            ) : null}
            <SectionCard title="沙龙详情">
              <SalonDetails salon={data} />
            </SectionCard>
            <View className="salon-detail__bar">
              <BookingButton
                salon={data}
                busy={booking.busy}
                onBook={booking.book}
                onCancel={booking.cancel}
              />
            </View>
          </>
        )}
      </AsyncView>
    </View>
  )
}
