import { useRoleGuard } from '@/features/auth/use-role-guard'
import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['owner'] as const

export default function SalonDetailPage() {
  const user = useRoleGuard(ROLES)
  const { id } = usePageParams('salonDetail')
  if (!user) return null
  return <SalonDetailScreen id={id} />
}
