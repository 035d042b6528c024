import { Text, View } from '@tarojs/components'

import type { ScoreWeight } from '@/api/contract/schemas/figures'

import './figures.scss'

/** How the composite score is made, in the board's own words: no secret formula. */
export function WeightsNote({ weights }: { weights: readonly ScoreWeight[] }) {
  return (
    <View className="weights-note">
      <Text className="weights-note__title">
        综合得分 = {weights.map((w) => `${w.label} ${Math.round(w.weight * 100)}%`).join(' + ')}
      </Text>
      {weights.map((w) => (
        <Text key={w.key} className="weights-note__line">
          {w.label}：{w.how}
        </Text>
      ))}
      <Text className="weights-note__line">
        每项按固定标尺折算为
        0–100，再按权重相加；当月无可计量的项不计入，其余权重按比例放大。得分相同名次并列；前三分之一为骏马，后三分之一为蜗牛。
      </Text>
    </View>
  )
}
