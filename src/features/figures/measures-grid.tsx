import { Text, View } from '@tarojs/components'

import type { Measures } from '@/api/contract/schemas/figures'

import { measureTiles } from './figures-format'

import './figures.scss'

/** The tiles of one set of measures (nine for a specialist or the centre), each with last month's value under it. */
export function MeasuresGrid({ measures, previous }: { measures: Measures; previous?: Measures }) {
  return (
    <View className="measures-grid">
      {measureTiles(measures, previous).map((tile) => (
        <View key={tile.label} className="measures-grid__tile" aria-label={`${tile.label} ${tile.value}`}>
          <Text className={`measures-grid__value${tile.bad ? ' is-bad' : ''}`}>{tile.value}</Text>
          <Text className="measures-grid__label">{tile.label}</Text>
          {tile.before !== undefined ? (
            <Text className="measures-grid__before">上月 {tile.before}</Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}
