import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import type { Salon, SignupField } from '@/api/contract/schemas/salon'
import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useMe } from '@/features/session/use-me'

import { BookingButton } from './booking-button'
import { BookingPanel, bookingPanelTitle } from './booking-panel'
import { PosterSheet } from './poster/poster-sheet'
import { SalonDetails } from './salon-details'
import { SalonFeedbackForm } from './salon-feedback-form'
import { SignupForm } from './signup-form'
import { useBooking } from './use-booking'
import { useSalon } from './use-salons'

import './salon-detail-screen.scss'

// NutUI's types omit `role`, though it passes it on; Taro's H5 button has none of its own.
const BUTTON_ROLE: Record<string, string> = { role: 'button' }

/**
 * The owner's salon page: once booked, their ticket (the QR, or 已签到) comes first, where it is
 * wanted at the door; then the facts, and the one button.
 */
export function SalonDetailScreen({ id }: { id: string | undefined }) {
  const salon = useSalon(id)
  const booking = useBooking(salon.data, () => salon.mutate())
  const me = useMe()
  // A salon with sign-up fields asks them first: 报名 opens the form, the form books.
  const [asking, setAsking] = useState(false)
  const [posterOpen, setPosterOpen] = useState(false)
  // The form is the page's first card: bring it into view from the bar at the bottom.
  const ask = () => {
    setAsking(true)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
  }
  usePullRefresh(() => salon.mutate())
  const asksNow = (data: Salon) => Boolean(asking && !data.myBooking && data.signupFields?.length)
  return (
    <View className="page salon-detail">
      <AsyncView query={salon} empty={{ title: '' }}>
        {(data) => (
          <>
            {data.myBooking && data.status !== 'cancelled' ? (
              <SectionCard title={bookingPanelTitle(data.myBooking)}>
                {booking.outcome ? <View className="salon-detail__outcome">{booking.outcome}</View> : null}
                <BookingPanel
                  booking={data.myBooking}
                  onDecline={booking.cancel}
                  ended={Date.parse(data.endAt) < Date.now()}
                />
              </SectionCard>
            ) : null}
            {/* After the event, those who came rate it (once). */}
            {data.myBooking?.status === 'checked_in' && Date.parse(data.endAt) < Date.now() ? (
              <SectionCard title="活动评价">
                <SalonFeedbackForm booking={data.myBooking} onSaved={() => void salon.mutate()} />
              </SectionCard>
            ) : null}
            {asksNow(data) ? (
              <SectionCard title="报名信息">
                <SignupForm
                  fields={data.signupFields ?? []}
                  initial={prefill(data.signupFields ?? [], me.data?.user.name)}
                  busy={booking.busy}
                  submitLabel={data.bookedCount < data.capacity ? '提交报名' : '提交并加入候补'}
                  // Once booked, myBooking hides the form; after a failure it stays, as typed.
                  onSubmit={(answers) => void booking.book(answers)}
                />
              </SectionCard>
            ) : null}
            <SectionCard title="沙龙详情">
              <SalonDetails salon={data} />
              {/* A poster to pass on is for a salon people can still come to, not a draft or a cancelled one. */}
              {data.status === 'published' ? (
                <View className="salon-detail__share">
                  <Button size="small" fill="outline" onClick={() => setPosterOpen(true)} {...BUTTON_ROLE}>
                    生成海报
                  </Button>
                </View>
              ) : null}
            </SectionCard>
            {posterOpen ? <PosterSheet salon={data} onClose={() => setPosterOpen(false)} /> : null}
            {/* While the form asks, its own button books: the bar would cover it. */}
            {asksNow(data) ? null : (
              <View className="salon-detail__bar">
                <BookingButton
                  salon={data}
                  busy={booking.busy}
                  onBook={() => (data.signupFields?.length ? ask() : void booking.book())}
                  onCancel={booking.cancel}
                  onConfirm={booking.confirmOffer}
                />
              </View>
            )}
          </>
        )}
      </AsyncView>
    </View>
  )
}

/** The account's name for a 姓名 field (key `name`); nothing for a salon that does not ask it. */
function prefill(fields: SignupField[], name: string | undefined): Record<string, string> {
  return name && fields.some((f) => f.key === 'name') ? { name } : {}
}
