import { Text, View } from '@tarojs/components'

import './filter-tabs.scss'

export interface FilterTab<K extends string> {
  key: K
  label: string
  /** Undefined while loading: the tab shows without a number. */
  count?: number
}

interface FilterTabsProps<K extends string> {
  tabs: readonly FilterTab<K>[]
  value: K
  onChange: (value: K) => void
  /** What the row filters, for screen readers (e.g. 按状态筛选). */
  label?: string
}

/**
 * A row of pill tabs with counts that scrolls sideways when it does not fit. A plain row rather than
 * NutUI Tabs: its selector query throws on H5 when the page navigates away right after mount, and a
 * filter row is all these screens need. Each tab is a 44 px tap target named by its label and count.
 */
export function FilterTabs<K extends string>({ tabs, value, onChange, label }: FilterTabsProps<K>) {
  return (
    <View className="filter-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab) => (
        <View
          key={tab.key || 'all'}
          role="tab"
          aria-selected={tab.key === value}
          aria-label={tab.count !== undefined ? `${tab.label} ${tab.count}` : tab.label}
          className={`filter-tabs__tab${tab.key === value ? ' filter-tabs__tab--active' : ''}`}
          onClick={() => onChange(tab.key)}
        >
          <Text>{tab.label}</Text>
          {tab.count !== undefined ? <Text className="filter-tabs__count">{tab.count}</Text> : null}
        </View>
      ))}
    </View>
  )
}
