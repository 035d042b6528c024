import { Text, View } from '@tarojs/components'

import type { RequestStatus } from '@/api/contract/schemas/service-request'

import { STATUS_LABELS } from './request-status'

import './status-tabs.scss'

export type StatusFilter = RequestStatus | ''

interface StatusTabsProps {
  statuses: readonly RequestStatus[]
  value: StatusFilter
  counts: Partial<Record<RequestStatus, number>>
  total?: number
  onChange: (value: StatusFilter) => void
}

/**
 * A segmented row rather than NutUI Tabs: its selector query throws on H5 when the page navigates away
 * right after mount, and this row is all the screen needs.
 */
export function StatusTabs({ statuses, value, counts, total, onChange }: StatusTabsProps) {
  const tabs: { key: StatusFilter; label: string; count?: number }[] = [
    { key: '', label: '全部', count: total },
    ...statuses.map((status) => ({ key: status, label: STATUS_LABELS[status], count: counts[status] ?? 0 })),
  ]
  return (
    <View className="status-tabs" role="tablist">
      {tabs.map((tab) => (
        <View
          key={tab.key || 'all'}
          role="tab"
          aria-selected={tab.key === value}
          aria-label={tab.count !== undefined ? `${tab.label} ${tab.count}` : tab.label}
          className={`status-tabs__tab${tab.key === value ? ' status-tabs__tab--active' : ''}`}
          onClick={() => onChange(tab.key)}
        >
          <Text>{tab.label}</Text>
          {tab.count !== undefined ? <Text className="status-tabs__count">{tab.count}</Text> : null}
        </View>
      ))}
    </View>
  )
}
