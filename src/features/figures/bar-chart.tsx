import { Text, View } from '@tarojs/components'

import './figures.scss'

export interface Bar {
  label: string
  value: number
  /** What the bar says (a percentage, a count); the value when absent. */
  text?: string
}

/**
 * Horizontal bars drawn with views: the same in WeChat and H5, and no chart library in the package.
 * Bars are scaled to `max` (the largest value by default); an empty bar still shows its label.
 */
export function BarChart({ bars, max, label }: { bars: readonly Bar[]; max?: number; label: string }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value))
  return (
    <View className="bar-chart" role="list" aria-label={label}>
      {bars.map((bar) => (
        <View
          key={bar.label}
          className="bar-chart__row"
          role="listitem"
          aria-label={`${bar.label} ${bar.text ?? bar.value}`}
        >
          <Text className="bar-chart__label">{bar.label}</Text>
          <View className="bar-chart__track">
            <View
              className="bar-chart__bar"
              style={{ width: `${Math.min(100, (bar.value / top) * 100)}%` }}
            />
          </View>
          <Text className="bar-chart__value">{bar.text ?? String(bar.value)}</Text>
        </View>
      ))}
    </View>
  )
}
