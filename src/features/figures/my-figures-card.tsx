import { Text, View } from '@tarojs/components'

import { AsyncView } from '@/components/async-view'

import { TIER_LABELS, monthLabel, score, trendOf } from './figures-format'
import { MeasuresGrid } from './measures-grid'
import { useMyFigures } from './use-figures'

import './figures.scss'

/** The specialist's own month on the workbench: their place on the 赛马榜, never anyone else's figures. */
export function MyFiguresCard() {
  const figures = useMyFigures()
  return (
    <AsyncView query={figures} empty={{ title: '' }} skeletonCards={1}>
      {(data) => {
        const { me } = data
        const trend = trendOf(me)
        return (
          <View className="my-figures">
            <View className="my-figures__place" aria-label={`${monthLabel(data.month)}赛马榜`}>
              {me.rank ? (
                <Text className="my-figures__rank">
                  第 {me.rank} 名 <Text className="my-figures__of">/ {data.rankedCount} 人</Text>
                </Text>
              ) : (
                <Text className="my-figures__rank">本月暂未排名</Text>
              )}
              {me.tier ? (
                <Text className={`ranking__tier ranking__tier--${me.tier}`}>{TIER_LABELS[me.tier]}</Text>
              ) : null}
              <Text className={`ranking__trend ranking__trend--${trend.kind}`}>{trend.word}</Text>
            </View>
            <Text className="my-figures__score">
              综合得分 {score(me.score)}（上月 {score(me.previousScore)}）
            </Text>
            <MeasuresGrid measures={me.measures} previous={me.previous} />
          </View>
        )
      }}
    </AsyncView>
  )
}
