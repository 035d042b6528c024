import type { RequestStatus } from '@/api/contract/schemas/service-request'
import { REQUEST_STATUSES } from '@/api/contract/values'
import { FilterTabs } from '@/components/filter-tabs'
import { STATUS_LABELS } from '@/features/requests/request-status'

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
  const tabs = QUEUE_FILTERS.map((key) => ({ key, label: label(key), count: counts?.[key] }))
  return <FilterTabs tabs={tabs} value={value} onChange={onChange} label="按状态筛选" />
}
