import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { goBack } from '@/components/go-back'
import { SectionCard } from '@/components/section-card'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { SalonProgramEditor } from '@/features/salons/salon-program-editor'
import { useSalon } from '@/features/salons/use-salons'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['admin'] as const

/**
 * 活动资料 (agenda, speakers, coordinates, poster, sign-up fields): its own subpackage, since the admin
 * one is at its size budget; the salon form and the list's 资料 button open it.
 */
export default function SalonProgramPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const { id } = usePageParams('salonProgram')
  const salon = useSalon(id)
  if (!user) return null
  return (
    <View className={rootClass}>
      <AsyncView query={salon} empty={{ title: '' }}>
        {(data) => (
          <SectionCard title={data.title}>
            <SalonProgramEditor
              salon={data}
              onSaved={() => {
                void salon.mutate()
                goBack()
              }}
            />
          </SectionCard>
        )}
      </AsyncView>
    </View>
  )
}
