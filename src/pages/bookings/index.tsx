import { View } from '@tarojs/components'
import { useState } from 'react'

import type { BookingStatus, MyBooking } from '@/api/contract/schemas/salon'
import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { MyBookingList } from '@/features/salons/my-booking-list'
import { Segmented } from '@/features/salons/segmented'
import { useConfirmOffer } from '@/features/salons/use-confirm-offer'
import { usePromotionNotice } from '@/features/salons/use-promotion-notice'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

const ROLES = ['owner'] as const
const TABS = [
  { value: 'confirmed', label: '已报名' },
  { value: 'waitlisted', label: '候补中' },
  { value: 'checked_in', label: '已签到' },
  { value: 'cancelled', label: '已取消' },
] as const satisfies readonly { value: BookingStatus; label: string }[]

export default function MyBookingsPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const [status, setStatus] = useState<BookingStatus>('confirmed')
  const bookings = usePromotionNotice()
  usePullRefresh(() => bookings.mutate())
  const confirm = useConfirmOffer(() => bookings.mutate())
  if (!user) return null
  // An offered seat still waits on its owner: it is listed with the waitlist, where they look for it.
  const tabOf = (b: MyBooking) => (b.status === 'offered' ? 'waitlisted' : b.status)
  const counted = TABS.map((tab) => ({
    ...tab,
    label: `${tab.label} ${bookings.data?.items.filter((b) => tabOf(b) === tab.value).length ?? ''}`.trim(),
  }))
  return (
    <View className={rootClass}>
      <Segmented options={counted} value={status} onChange={setStatus} />
      <SectionCard title="我的报名">
        <AsyncView
          data={bookings.data?.items.filter((b) => tabOf(b) === status)}
          error={bookings.error}
          loading={bookings.isLoading}
          onRetry={() => void bookings.mutate()}
          isEmpty={(items) => items.length === 0}
          empty={{
            title: '这里还没有报名',
            description: '去「沙龙」看看近期活动',
            actionText: '去看看',
            onAction: () => void go(routes.salons()),
          }}
        >
          {(items) => (
            <MyBookingList
              items={items}
              onOpen={(b) => void go(routes.salonDetail({ id: b.salonId }))}
              onConfirm={(b) => void confirm(b)}
            />
          )}
        </AsyncView>
      </SectionCard>
    </View>
  )
}
