import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect } from 'react'

import type { Salon } from '@/api/contract/schemas/salon'
import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { SalonForm } from '@/features/salons/salon-form'
import { salonTabOf } from '@/features/salons/salon-format'
import { useSalon } from '@/features/salons/use-salons'
import { relaunch } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['admin'] as const

/** New salon without ?id=, edit with it; saving opens the list on the tab of what was saved. */
export default function SalonFormPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const { id } = usePageParams('salonForm')
  const salon = useSalon(id)
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '编辑沙龙' : '新建沙龙' }).catch(() => undefined)
  }, [id])
  if (!user) return null
  // The list is the admin's root, so starting over on it loses nothing and shows the saved salon.
  const done = (saved: Salon) => void relaunch(routes.adminSalons({ tab: salonTabOf(saved) }))
  if (!id) {
    return (
      <View className={rootClass}>
        <SectionCard title="沙龙信息">
          <SalonForm onSaved={done} />
        </SectionCard>
      </View>
    )
  }
  return (
    <View className={rootClass}>
      <AsyncView query={salon} empty={{ title: '' }}>
        {(data) => (
          <SectionCard title={data.bookedCount ? `沙龙信息（已确认 ${data.bookedCount} 人）` : '沙龙信息'}>
            <SalonForm salon={data} onSaved={done} />
          </SectionCard>
        )}
      </AsyncView>
    </View>
  )
}
