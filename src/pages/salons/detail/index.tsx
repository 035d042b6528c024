import { View } from '@tarojs/components'

import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'
import { useSalonShare } from '@/features/salons/use-salon-share'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['owner'] as const

export default function SalonDetailPage() {
  const user = useRoleGuard(ROLES)
  const { id } = usePageParams('salonDetail')
  const rootClass = useCareClass('page-root')
  useSalonShare(id)
  if (!user) return null
  return (
    <View className={rootClass}>
      <SalonDetailScreen id={id} />
    </View>
  )
}
