import { Text, View } from '@tarojs/components'

import { monthLabel, shiftMonth, thisMonth } from './figures-format'

import './figures.scss'

/** ‹ 2026年11月 ›: a month back or forward, never past this one. */
export function MonthSwitcher({ month, onChange }: { month: string; onChange: (month: string) => void }) {
  const latest = month >= thisMonth()
  return (
    <View className="month-switcher" role="group" aria-label="选择月份">
      <View
        className="month-switcher__arrow"
        role="button"
        aria-label="上个月"
        onClick={() => onChange(shiftMonth(month, -1))}
      >
        ‹
      </View>
      <Text className="month-switcher__month">{monthLabel(month)}</Text>
      <View
        className={`month-switcher__arrow${latest ? ' is-disabled' : ''}`}
        role="button"
        aria-label="下个月"
        aria-disabled={latest}
        onClick={() => (latest ? undefined : onChange(shiftMonth(month, 1)))}
      >
        ›
      </View>
    </View>
  )
}
