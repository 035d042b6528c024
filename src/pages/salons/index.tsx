import { View } from '@tarojs/components'
import { useState } from 'react'

import type { IndustryChain } from '@/api/contract/schemas/common'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useReachBottom } from '@/components/use-reach-bottom'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { IndustryFilter } from '@/features/salons/industry-filter'
import { SalonList } from '@/features/salons/salon-list'
import { Segmented } from '@/features/salons/segmented'
import { usePromotionNotice } from '@/features/salons/use-promotion-notice'
import { useSalonList } from '@/features/salons/use-salons'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

const ROLES = ['owner'] as const
const WHEN = [
  { value: 'upcoming', label: '即将举办' },
  { value: 'past', label: '往期回顾' },
] as const

export default function SalonsPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming')
  const [industryChain, setIndustryChain] = useState<IndustryChain>()
  const list = useSalonList({ when, industryChain })
  usePromotionNotice()
  usePullRefresh(() => list.mutate())
  useReachBottom(list.loadMore)
  if (!user) return null
  return (
    <View className={rootClass}>
      <PageBanner title="企业家沙龙" subtitle="与同产业链的创业者面对面交流" />
      <Segmented options={WHEN} value={when} onChange={setWhen} />
      <IndustryFilter value={industryChain} onChange={setIndustryChain} />
      <SectionCard
        title={when === 'upcoming' ? '近期沙龙' : '往期沙龙'}
        extra={
          <View className="chip chip--primary" onClick={() => void go(routes.bookings())}>
            我的报名
          </View>
        }
      >
        <SalonList
          list={list}
          empty={{
            title: industryChain ? '该产业链暂无沙龙' : '暂无沙龙',
            description: industryChain ? '换个产业链看看，或选择「全部」' : '新的沙龙发布后会在这里展示',
          }}
          onOpen={(salon) => void go(routes.salonDetail({ id: salon.id }))}
        />
      </SectionCard>
    </View>
  )
}
