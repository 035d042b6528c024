import { Text, View } from '@tarojs/components'

import type { RequestStatus } from '@/api/contract/schemas/service-request'

import { STATUS_LABELS } from './request-status'

import './status-tabs.scss'

export type StatusFilter = RequestStatus | ''

/** The owner's order: what waits for them first, then the way a request goes, the closed ones last. */
export const OWNER_TAB_ORDER: readonly RequestStatus[] = [
  'awaiting_materials',
  'submitted',
  'accepted',
  'in_progress',
  'completed',
  'cancelled',
]

interface StatusTabsProps {
  statuses: readonly RequestStatus[]
  value: StatusFilter
  counts: Partial<Record<RequestStatus, number>>
  total?: number
  onChange: (value: StatusFilter) => void
}

/**
 * A segmented row rather than NutUI Tabs: its selector query throws on H5 when the page navigates away
 * right after mount, and this row is all the screen needs. A status with nothing in it has no tab
 * (unless it is the one selected): six tabs do not fit a phone's width, and an empty one is a dead end.
 * Until the counts have loaded every tab shows, so none appears from nowhere. What is left scrolls
 * sideways if it still does not fit.
 */
export function StatusTabs({ statuses, value, counts, total, onChange }: StatusTabsProps) {
  const loaded = total !== undefined
  const tabs: { key: StatusFilter; label: string; count?: number }[] = [
    { key: '', label: '全部', count: total },
    ...statuses
      .filter((status) => !loaded || (counts[status] ?? 0) > 0 || status === value)
      .map((status) => ({ key: status, label: STATUS_LABELS[status], count: counts[status] ?? 0 })),
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
