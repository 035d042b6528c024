import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import { AsyncView } from '@/components/async-view'
import { PageBanner } from '@/components/page-banner'
import { SectionCard } from '@/components/section-card'
import { usePullRefresh } from '@/components/use-pull-refresh'
import { useRoleGuard } from '@/features/auth/use-role-guard'
import { BarChart } from '@/features/figures/bar-chart'
import { isMonth, monthLabel, pct, thisMonth } from '@/features/figures/figures-format'
import { MeasuresGrid } from '@/features/figures/measures-grid'
import { MonthSwitcher } from '@/features/figures/month-switcher'
import { RankingList } from '@/features/figures/ranking-list'
import { useBoard } from '@/features/figures/use-figures'
import { WeightsNote } from '@/features/figures/weights-note'
import { useCareClass } from '@/features/profile/care-mode'
import { useServiceTypes } from '@/features/requests/use-requests'
import { RoleTabBar } from '@/features/session/role-tab-bar'
import { go } from '@/navigation/go'
import { routes } from '@/navigation/routes'
import { usePageParams } from '@/navigation/use-page-params'
import { useShowAgain } from '@/utils/use-show-again'

const ROLES = ['admin'] as const

/** 数据看板 and 赛马榜: the centre's month in figures, the specialists ranked, and the follow-ups owed. */
export default function BoardPage() {
  const user = useRoleGuard(ROLES)
  const rootClass = useCareClass('page')
  const opened = usePageParams('board').month
  const [month, setMonth] = useState(isMonth(opened) ? opened : thisMonth())
  const board = useBoard(month)
  const types = useServiceTypes()
  useShowAgain(() => void board.mutate())
  usePullRefresh(() => board.mutate())
  if (!user) return null
  const typeName = (code: string) => types.data?.find((t) => t.code === code)?.name ?? code
  return (
    <View className={rootClass}>
      <PageBanner title="数据看板" subtitle="响应、办结、满意度与回访，按月对比" />
      <MonthSwitcher month={month} onChange={setMonth} />
      <AsyncView query={board} empty={{ title: '' }} skeletonCards={3}>
        {(data) => (
          <View>
            <SectionCard title="服务回访">
              <View className="board-link" role="link" onClick={() => void go(routes.followUps())}>
                <Text>
                  超时未回访{' '}
                  <Text className={data.centre.measures.followUpsOverdue ? 'board-link__badge' : ''}>
                    {data.centre.measures.followUpsOverdue} 件
                  </Text>
                </Text>
                <Text>查看回访 ›</Text>
              </View>
            </SectionCard>
            <SectionCard title={`全中心 · ${monthLabel(data.month)}`}>
              <MeasuresGrid measures={data.centre.measures} previous={data.previousCentre.measures} />
              <Text className="weights-note__line">
                沙龙 {data.centre.salonsHeld} 场 · 报名 {data.centre.bookings} 人 · 签到率{' '}
                {pct(data.centre.checkInRate)}
                （上月 {data.previousCentre.salonsHeld} 场 · {pct(data.previousCentre.checkInRate)}）
              </Text>
            </SectionCard>
            <SectionCard title="赛马榜">
              <RankingList
                ranking={data.ranking}
                onOpen={(line) =>
                  void go(routes.boardCases({ specialistId: line.specialistId, month: data.month }))
                }
              />
            </SectionCard>
            <SectionCard title="得分怎么算">
              <WeightsNote weights={data.weights} />
            </SectionCard>
            <SectionCard title="近 4 个月">
              <Text className="bar-chart-title">收到申请</Text>
              <BarChart
                label="每月收到申请"
                bars={data.trend.map((p) => ({ label: monthLabel(p.month), value: p.received }))}
              />
              <Text className="bar-chart-title">按时办结率</Text>
              <BarChart
                label="每月按时办结率"
                max={1}
                bars={data.trend.map((p) => ({
                  label: monthLabel(p.month),
                  value: p.onTimeRate ?? 0,
                  text: pct(p.onTimeRate),
                }))}
              />
              <Text className="bar-chart-title">满意率</Text>
              <BarChart
                label="每月满意率"
                max={1}
                bars={data.trend.map((p) => ({
                  label: monthLabel(p.month),
                  value: p.satisfiedRate ?? 0,
                  text: pct(p.satisfiedRate),
                }))}
              />
            </SectionCard>
            <SectionCard title="首次响应时长分布">
              <BarChart
                label="首次响应时长分布"
                bars={data.responseBuckets.map((b) => ({
                  label: b.label,
                  value: b.count,
                  text: `${b.count} 件`,
                }))}
              />
            </SectionCard>
            <SectionCard title="按服务事项">
              <BarChart
                label="按服务事项收到申请"
                bars={data.byType.map((t) => ({
                  label: typeName(t.serviceType),
                  value: t.measures.received,
                  text: `${t.measures.received} 件 · 按时 ${pct(t.measures.onTimeRate)}`,
                }))}
              />
            </SectionCard>
          </View>
        )}
      </AsyncView>
      <RoleTabBar role="admin" current="board" />
    </View>
  )
}
