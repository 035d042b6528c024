import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'

import { BookingButton } from './booking-button'
import { BookingPanel } from './booking-panel'
import { SalonDetails } from './salon-details'
import { useBooking } from './use-booking'
import { useSalon } from './use-salons'

import './salon-detail-screen.scss'

/** The owner's salon page: the facts, their booking (QR or waitlist place) and the one button. */
export function SalonDetailScreen({ id }: { id: string | undefined }) {
  const salon = useSalon(id)
  const booking = useBooking(salon.data, () => salon.mutate())
  usePullRefresh(() => salon.mutate())
  return (
    <View className="page salon-detail">
      <AsyncView query={salon} empty={{ title: '' }}>
        {(data) => (
          <>
            <SectionCard title="沙龙详情">
              <SalonDetails salon={data} />
            </SectionCard>
            {data.myBooking && data.status !== 'cancelled' ? (
              <SectionCard title="我的报名">
                {booking.outcome ? <View className="salon-detail__outcome">{booking.outcome}</View> : null}
                <BookingPanel booking={data.myBooking} />
              </SectionCard>
            ) : null}
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
