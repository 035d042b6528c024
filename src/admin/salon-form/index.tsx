import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'

import { AsyncView } from '@/components/async-view'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { SalonForm } from '@/features/salons/salon-form'
import { useSalon } from '@/features/salons/use-salons'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['admin'] as const

/** New salon without ?id=, edit with it; saving returns to the list. */
export default function SalonFormPage() {
  const user = useRoleGuard(ROLES)
  const { id } = usePageParams('salonForm')
  const salon = useSalon(id)
  if (!user) return null
  const done = () => void Taro.navigateBack()
  if (!id) {
    return (
      <View className="page">
        <SectionCard title="新建沙龙">
          <SalonForm onSaved={done} />
        </SectionCard>
      </View>
    )
  }
  return (
    <View className="page">
      <AsyncView query={salon} empty={{ title: '' }}>
        {(data) => (
          <SectionCard title={data.bookedCount ? `编辑沙龙（已确认 ${data.bookedCount} 人）` : '编辑沙龙'}>
            <SalonForm salon={data} onSaved={done} />
          </SectionCard>
        )}
      </AsyncView>
    </View>
  )
}
