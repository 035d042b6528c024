import { useRouter } from '@tarojs/taro'

import { useRoleGuard } from '@/features/auth/use-role-guard'
import { SalonDetailScreen } from '@/features/salons/salon-detail-screen'

const ROLES = ['owner'] as const

export default function SalonDetailPage() {
  const user = useRoleGuard(ROLES)
  const { id } = useRouter().params
  if (!user) return null
  return <SalonDetailScreen id={id} />
}
