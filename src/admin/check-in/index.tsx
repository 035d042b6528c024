import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { CheckInLog } from '@/features/salons/check-in-log'
import { formatDateTime } from '@/features/salons/salon-format'
import { useCheckIn } from '@/features/salons/use-check-in'
import { useSalonBookings, useSalonList } from '@/features/salons/use-salons'
import { RoleTabBar } from '@/features/session/role-tab-bar'
import { usePageParams } from '@/navigation/use-page-params'

import './index.scss'

const ROLES = ['admin'] as const
// Only WeChat has a scanner here (Taro.scanCode); on H5 the admin types the code the owner shows.
const CAN_SCAN = process.env.TARO_ENV === 'weapp'
// NutUI's types omit `role`, though it passes it on; Taro's H5 button has none of its own.
const BUTTON_ROLE: Record<string, string> = { role: 'button' }

export default function CheckInPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page check-in')
  const params = usePageParams('checkIn')
  const [salonId, setSalonId] = useState(params.salonId)
  const [code, setCode] = useState('')
  const salons = useSalonList({ status: 'published', when: 'upcoming' })
  const roster = useSalonBookings(salonId)
  const checkIn = useCheckIn(salonId)
  if (!user) return null
  const chosen = salons.items?.find((salon) => salon.id === salonId)
  // 应到: everyone holding a seat; the waitlisted and the cancelled are not expected.
  const expected = roster.data?.filter((b) => b.status === 'confirmed' || b.status === 'checked_in')
  const arrived = expected?.filter((b) => b.status === 'checked_in').length

  async function submit() {
    if (await checkIn.submit(code)) {
      setCode('')
      void roster.mutate()
    }
  }

  return (
    <View className={rootClass}>
      <PageBanner
        title="签到"
        subtitle={CAN_SCAN ? '先选本场沙龙，再扫码或输入签到码' : '先选本场沙龙，再输入参会人出示的签到码'}
      />
      <SectionCard title="签到的沙龙">
        <View className="check-in__salons" role="radiogroup" aria-label="签到的沙龙">
          {(salons.items ?? []).map((salon) => (
            <View
              key={salon.id}
              role="radio"
              aria-checked={salon.id === salonId}
              className={`check-in__salon${salon.id === salonId ? ' check-in__salon--chosen' : ''}`}
              onClick={() => setSalonId(salon.id)}
            >
              <Text className="check-in__salon-title">{salon.title}</Text>
              <Text className="check-in__salon-time">{formatDateTime(salon.startAt)}</Text>
            </View>
          ))}
        </View>
      </SectionCard>
      <SectionCard title={chosen ? `为「${chosen.title}」签到` : '请先选择沙龙'}>
        {salonId && expected ? (
          <View className="check-in__counter" aria-label={`已签到 ${arrived} 人，应到 ${expected.length} 人`}>
            <Text className="check-in__counter-label">已签到 / 应到</Text>
            <Text className="check-in__counter-value">
              {arrived} / {expected.length}
            </Text>
          </View>
        ) : null}
        <Input
          className="check-in__code"
          value={code}
          placeholder="输入签到码"
          disabled={!salonId}
          onChange={(value) => setCode(value.toUpperCase())}
          onConfirm={() => void submit()}
        />
        <View className="check-in__actions">
          <Button
            type="primary"
            loading={checkIn.busy}
            disabled={!salonId || !code.trim() || checkIn.busy}
            onClick={() => void submit()}
            {...BUTTON_ROLE}
            aria-disabled={!salonId || !code.trim() || checkIn.busy}
          >
            签到
          </Button>
          {CAN_SCAN ? (
            <Button disabled={!salonId || checkIn.busy} onClick={() => void checkIn.scan()} {...BUTTON_ROLE}>
              扫码签到
            </Button>
          ) : null}
        </View>
      </SectionCard>
      <SectionCard title="签到记录">
        {checkIn.log.length ? (
          <CheckInLog log={checkIn.log} />
        ) : (
          <EmptyState
            title="暂无签到"
            description={CAN_SCAN ? '扫码或输入签到码完成签到' : '输入签到码完成签到'}
          />
        )}
      </SectionCard>
      <RoleTabBar role="admin" current="checkIn" />
    </View>
  )
}
