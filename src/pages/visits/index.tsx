import { Button } from '@nutui/nutui-react-taro'
import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { useCareClass } from '@/features/profile/care-mode'
import { useMe } from '@/features/session/use-me'
import { useEnterpriseVisits } from '@/features/visits/use-visits'
import { VisitCard } from '@/features/visits/visit-card'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'

const OWNER = ['owner'] as const

/** The owner's 走访记录: who came, what was discussed, what was raised for them. */
export default function VisitHistoryPage() {
  const user = useRoleGuard(OWNER)
  const rootClass = useCareClass('page')
  const me = useMe()
  const visits = useEnterpriseVisits(me.data?.enterprise?.id)
  usePullRefresh(() => visits.mutate())
  if (!user) return null
  return (
    <View className={rootClass}>
      <PageBanner title="走访记录" subtitle="专员主动上门，了解并解决企业的急难愁盼" />
      <SectionCard title="全部走访">
        <AsyncView
          data={visits.items}
          error={visits.error}
          loading={visits.isLoading || me.isLoading}
          onRetry={() => void visits.mutate()}
          isEmpty={(list) => list.length === 0}
          empty={{ title: '暂无走访记录', description: '专员走访后，记录会显示在这里' }}
        >
          {(list) => (
            <>
              {list.map((visit) => (
                <VisitCard
                  key={visit.id}
                  visit={visit}
                  onOpenRequest={(id) => void go(routes.requestDetail({ id }))}
                />
              ))}
              {visits.hasMore ? (
                <Button block fill="none" loading={visits.loadingMore} onClick={visits.loadMore}>
                  加载更多
                </Button>
              ) : null}
            </>
          )}
        </AsyncView>
      </SectionCard>
    </View>
  )
}
