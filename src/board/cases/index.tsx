import { View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { CaseList } from '@/features/figures/case-list'
import { isMonth, monthLabel, score, thisMonth } from '@/features/figures/figures-format'
import { MeasuresGrid } from '@/features/figures/measures-grid'
import { useBoard, useFigureCases } from '@/features/figures/use-figures'
import { useCareClass } from '@/features/profile/care-mode'
import { useServiceTypes } from '@/features/requests/use-requests'
import { usePageParams } from '@/navigation/use-page-params'

const ROLES = ['admin'] as const

/** One row of the 赛马榜 opened: that specialist's figures for the month and the requests behind them. */
export default function BoardCasesPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const params = usePageParams('boardCases')
  const month = isMonth(params.month) ? params.month : thisMonth()
  const cases = useFigureCases(params.specialistId, month)
  const board = useBoard(month)
  const types = useServiceTypes()
  usePullRefresh(() => Promise.all([cases.mutate(), board.mutate()]))
  if (!user) return null
  const line = board.data?.ranking.find((l) => l.specialistId === params.specialistId)
  const typeName = (code: string) => types.data?.find((t) => t.code === code)?.name ?? code
  return (
    <View className={rootClass}>
      <PageBanner
        title={`${line?.name ?? cases.data?.name ?? '专员'} · ${monthLabel(month)}`}
        subtitle={line ? `第 ${line.rank ?? '—'} 名 · 综合得分 ${score(line.score)}` : undefined}
      />
      {line ? (
        <SectionCard title="本月数据（与上月对比）">
          <MeasuresGrid measures={line.measures} previous={line.previous} />
        </SectionCard>
      ) : null}
      <SectionCard title="计入本月数据的办件">
        <AsyncView
          query={cases}
          isEmpty={(data) => data.items.length === 0}
          empty={{ title: '本月没有办件', description: '换个月份看看' }}
        >
          {(data) => <CaseList cases={data.items} typeName={typeName} />}
        </AsyncView>
      </SectionCard>
    </View>
  )
}
