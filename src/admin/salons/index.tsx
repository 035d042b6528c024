import { View } from '@tarojs/components'
import { useState } from 'react'

import type { Salon } from '@/api/contract/schemas/salon'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useReachBottom } from '@/components/use-reach-bottom'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { AdminSalonActions } from '@/features/salons/admin-salon-actions'
import { CancelSalonDialog } from '@/features/salons/cancel-salon-dialog'
import { type SalonTab } from '@/features/salons/salon-format'
import { SalonList } from '@/features/salons/salon-list'
import { Segmented } from '@/features/salons/segmented'
import { useSalonList, type SalonFilter } from '@/features/salons/use-salons'
import { RoleTabBar } from '@/features/session/role-tab-bar'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { usePageParams } from '@/navigation/use-page-params'
import { useShowAgain } from '@/utils/use-show-again'

const ROLES = ['admin'] as const
const TABS = [
  { value: 'draft', label: '草稿' },
  { value: 'published', label: '已发布' },
  { value: 'past', label: '往期' },
  { value: 'cancelled', label: '已取消' },
] as const
const FILTERS: Record<SalonTab, SalonFilter> = {
  draft: { status: 'draft' },
  published: { status: 'published', when: 'upcoming' },
  past: { status: 'published', when: 'past' },
  cancelled: { status: 'cancelled' },
}

const isTab = (value: string | undefined): value is SalonTab => TABS.some((t) => t.value === value)

export default function AdminSalonsPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  // The form sends the admin back here on the tab of what was saved (a new draft: 草稿).
  const opened = usePageParams('adminSalons').tab
  const [tab, setTab] = useState<SalonTab>(isTab(opened) ? opened : 'published')
  const [cancelling, setCancelling] = useState<Salon>()
  const list = useSalonList(FILTERS[tab])
  // Back from the form: show what was just saved.
  useShowAgain(() => void list.mutate())
  usePullRefresh(() => list.mutate())
  useReachBottom(list.loadMore)
  if (!user) return null
  const create = () => void go(routes.salonForm())
  return (
    <View className={rootClass}>
      <PageBanner title="沙龙管理" subtitle="发布、编辑、取消沙龙，查看报名" />
      <Segmented options={TABS} value={tab} onChange={setTab} />
      <SectionCard
        title="沙龙"
        extra={
          <View className="chip chip--primary" onClick={create}>
            ＋ 新建沙龙
          </View>
        }
      >
        <SalonList
          list={list}
          empty={{
            title: '这里还没有沙龙',
            description: '新建一场企业家沙龙吧',
            actionText: '新建沙龙',
            onAction: create,
          }}
          onOpen={(salon) =>
            void go(
              salon.status === 'draft'
                ? routes.salonForm({ id: salon.id })
                : routes.salonBookings({ salonId: salon.id }),
            )
          }
          footer={(salon) => (
            <AdminSalonActions salon={salon} onChanged={() => void list.mutate()} onCancel={setCancelling} />
          )}
        />
      </SectionCard>
      <CancelSalonDialog
        salon={cancelling}
        onClose={() => setCancelling(undefined)}
        onCancelled={() => {
          setCancelling(undefined)
          void list.mutate()
        }}
      />
      <RoleTabBar role="admin" current="adminSalons" />
    </View>
  )
}
