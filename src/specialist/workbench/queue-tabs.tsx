import { Text, View } from '@tarojs/components'

import type { RequestStatus } from '@/api/contract/schemas/service-request'
import { REQUEST_STATUSES } from '@/api/contract/values'
import { STATUS_LABELS } from '@/features/requests/request-status'

import './queue-tabs.scss'

/** 待办: what still needs work (the default); a status; or 全部. */
export type QueueFilter = 'open' | RequestStatus | 'all'

interface QueueTabsProps {
  value: QueueFilter
  /** Undefined while loading: the tabs show without numbers. */
  counts?: Record<QueueFilter, number>
  onChange: (value: QueueFilter) => void
}

export const QUEUE_FILTERS: readonly QueueFilter[] = ['open', ...REQUEST_STATUSES, 'all']

const label = (key: QueueFilter) => (key === 'open' ? '待办' : key === 'all' ? '全部' : STATUS_LABELS[key])

/** The queue's filter row, scrolling sideways: open work first, finished work only when asked for. */
export function QueueTabs({ value, counts, onChange }: QueueTabsProps) {
  return (
    <View className="queue-tabs" role="tablist" aria-label="按状态筛选">
      {QUEUE_FILTERS.map((key) => {
        const tab = { key, label: label(key) }
        const count = counts?.[key]
        return (
          <View
            key={tab.key}
            role="tab"
            aria-selected={tab.key === value}
            aria-label={count !== undefined ? `${tab.label} ${count}` : tab.label}
            className={`queue-tabs__tab${tab.key === value ? ' queue-tabs__tab--active' : ''}`}
            onClick={() => onChange(tab.key)}
          >
            <Text>{tab.label}</Text>
            {count !== undefined ? <Text className="queue-tabs__count">{count}</Text> : null}
          </View>
        )
      })}
    </View>
  )
}
