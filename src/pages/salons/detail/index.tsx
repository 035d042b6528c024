import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'

import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { BookingButton } from '@/features/salons/booking-button'
import { BookingPanel } from '@/features/salons/booking-panel'
import { SalonDetails } from '@/features/salons/salon-details'
import { useBooking } from '@/features/salons/use-booking'
import { useSalon } from '@/features/salons/use-salons'

import './index.scss'

const ROLES = ['owner'] as const

export default function SalonDetailPage() {
  const user = useRoleGuard(ROLES)
  const { id } = useRouter().params
  const salon = useSalon(id)
  const booking = useBooking(salon.data, () => salon.mutate())
  usePullDownRefresh(() => {
    void salon.mutate().finally(() => Taro.stopPullDownRefresh())
  })
  if (!user) return null
  return (
    <View className="page salon-detail">
      <AsyncView
        data={salon.data}
        error={salon.error}
        loading={salon.isLoading}
        onRetry={() => void salon.mutate()}
        empty={{ title: '' }}
      >
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
