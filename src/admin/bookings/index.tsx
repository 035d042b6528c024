import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import { useState } from 'react'

import { BOOKING_STATUS_LABELS } from '@/api/contract/rules/labels'
import type { BookingStatus } from '@/api/contract/schemas/salon'
import { AsyncView } from '@/components/async-view'
import { notifyError, notifySuccess } from '@/components/notify'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { AttendeeList } from '@/features/salons/attendee-list'
import { exportBookings } from '@/features/salons/export-bookings'
import { formatRange } from '@/features/salons/salon-format'
import { Segmented } from '@/features/salons/segmented'
import { useSalon, useSalonBookings } from '@/features/salons/use-salons'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['admin'] as const
type Tab = Exclude<BookingStatus, 'cancelled'>
const TABS: { value: Tab; label: string }[] = [
  { value: 'confirmed', label: BOOKING_STATUS_LABELS.confirmed },
  { value: 'waitlisted', label: BOOKING_STATUS_LABELS.waitlisted },
  { value: 'checked_in', label: BOOKING_STATUS_LABELS.checked_in },
]

export default function SalonBookingsPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const { salonId } = usePageParams('salonBookings')
  const salon = useSalon(salonId)
  const bookings = useSalonBookings(salonId)
  const [tab, setTab] = useState<Tab>('confirmed')
  const [exporting, setExporting] = useState(false)
  usePullRefresh(() => Promise.all([salon.mutate(), bookings.mutate()]))
  if (!user) return null

  const count = (status: Tab) => bookings.data?.filter((b) => b.status === status).length ?? 0
  const tabs = TABS.map((t) => ({ ...t, label: bookings.data ? `${t.label} ${count(t.value)}` : t.label }))

  async function onExport() {
    if (!salon.data || exporting) return
    setExporting(true)
    try {
      const how = await exportBookings(salon.data)
      notifySuccess(how === 'downloaded' ? '已导出' : '已复制到剪贴板')
    } catch (error) {
      notifyError(error)
    } finally {
      setExporting(false)
    }
  }

  return (
    <View className={rootClass}>
      <PageBanner
        title={salon.data?.title ?? '报名名单'}
        subtitle={
          salon.data
            ? `${formatRange(salon.data.startAt, salon.data.endAt)} · 共 ${salon.data.capacity} 席`
            : ''
        }
      />
      <Segmented options={tabs} value={tab} onChange={setTab} />
      <SectionCard
        title="报名名单"
        extra={
          <Button
            size="small"
            type="primary"
            fill="outline"
            loading={exporting}
            onClick={() => void onExport()}
          >
            导出 CSV
          </Button>
        }
      >
        <AsyncView
          data={bookings.data?.filter((b) => b.status === tab)}
          error={bookings.error}
          loading={bookings.isLoading}
          onRetry={() => void bookings.mutate()}
          isEmpty={(items) => items.length === 0}
          empty={{ title: '暂无名单', description: '有人报名或签到后会出现在这里' }}
        >
          {(items) => <AttendeeList items={items} />}
        </AsyncView>
      </SectionCard>
    </View>
  )
}
