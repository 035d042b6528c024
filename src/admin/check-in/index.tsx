import { Button, Input } from '@nutui/nutui-react-taro'
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'

import { EmptyState } from '@/components/empty-state'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { CheckInLog } from '@/features/salons/check-in-log'
import { useCheckIn } from '@/features/salons/use-check-in'
import { useSalonList } from '@/features/salons/use-salons'
import { RoleTabBar } from '@/features/session/role-tab-bar'

import './index.scss'

const ROLES = ['admin'] as const

export default function CheckInPage() {
  const user = useRoleGuard(ROLES)
  const params = useRouter().params
  const [salonId, setSalonId] = useState(params.salonId)
  const [code, setCode] = useState('')
  const salons = useSalonList({ status: 'published', when: 'upcoming' })
  const checkIn = useCheckIn(salonId)
  if (!user) return null
  const chosen = salons.items?.find((salon) => salon.id === salonId)

  async function submit() {
    if (await checkIn.submit(code)) setCode('')
  }

  return (
    <View className="page check-in">
      <PageBanner title="签到" subtitle="先选本场沙龙，再扫码或输入签到码" />
      <SectionCard title="签到的沙龙">
        <View className="check-in__salons">
          {(salons.items ?? []).map((salon) => (
            <Text
              key={salon.id}
              className={`chip check-in__salon ${salon.id === salonId ? 'chip--primary' : ''}`}
              onClick={() => setSalonId(salon.id)}
            >
              {salon.title}
            </Text>
          ))}
        </View>
      </SectionCard>
      <SectionCard title={chosen ? `为「${chosen.title}」签到` : '请先选择沙龙'}>
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
          >
            签到
          </Button>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button disabled={!salonId || checkIn.busy} onClick={() => void checkIn.scan()}>
              扫码签到
            </Button>
          ) : null}
        </View>
      </SectionCard>
      <SectionCard title="签到记录">
        {checkIn.log.length ? (
          <CheckInLog log={checkIn.log} />
        ) : (
          <EmptyState title="暂无签到" description="扫码或输入签到码完成签到" />
        )}
      </SectionCard>
      <RoleTabBar role="admin" current="checkIn" />
    </View>
  )
}
