import { Text, View } from '@tarojs/components'

import type { RankedSpecialist } from '@/api/contract/schemas/figures'

import { TIER_LABELS, pct, score, trendOf } from './figures-format'

import './figures.scss'

/** The 赛马榜: place, name, tier, score and the move since last month; a tap opens the cases behind it. */
export function RankingList({
  ranking,
  onOpen,
}: {
  ranking: readonly RankedSpecialist[]
  onOpen?: (line: RankedSpecialist) => void
}) {
  return (
    <View className="ranking" role="list" aria-label="赛马榜">
      {ranking.map((line) => {
        const trend = trendOf(line)
        const tier = line.tier ? TIER_LABELS[line.tier] : '未排名'
        return (
          <View
            key={line.specialistId}
            className={`ranking__row ranking__row--${line.tier ?? 'none'}`}
            role="listitem"
            aria-label={`${line.rank ? `第 ${line.rank} 名` : '未排名'}，${line.name}，${tier}，得分 ${score(line.score)}，${trend.word}`}
            onClick={() => onOpen?.(line)}
          >
            <Text className="ranking__place">{line.rank ?? '—'}</Text>
            <View className="ranking__who">
              <View className="ranking__name-line">
                <Text className="ranking__name">{line.name}</Text>
                <Text className={`ranking__tier ranking__tier--${line.tier ?? 'none'}`}>{tier}</Text>
              </View>
              <Text className="ranking__detail">
                收 {line.measures.received} · 按时 {pct(line.measures.onTimeRate)} · 满意{' '}
                {pct(line.measures.satisfiedRate)}
                {line.measures.overdueOpen ? ` · 逾期 ${line.measures.overdueOpen}` : ''}
              </Text>
            </View>
            <View className="ranking__score-box">
              <Text className="ranking__score">{score(line.score)}</Text>
              <Text className={`ranking__trend ranking__trend--${trend.kind}`}>{trend.arrow}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
