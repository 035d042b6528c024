import type { RequestStatus } from '@/api/contract/schemas/service-request'
import { FilterTabs, type FilterTab } from '@/components/filter-tabs'

import { STATUS_LABELS } from './request-status'

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
 * The owner's status filter. A status with nothing in it has no tab
 * (unless it is the one selected): six tabs do not fit a phone's width, and an empty one is a dead end.
 * Until the counts have loaded every tab shows, so none appears from nowhere. What is left scrolls
 * sideways if it still does not fit.
 */
export function StatusTabs({ statuses, value, counts, total, onChange }: StatusTabsProps) {
  const loaded = total !== undefined
  const tabs: FilterTab<StatusFilter>[] = [
    { key: '', label: '全部', count: total },
    ...statuses
      .filter((status) => !loaded || (counts[status] ?? 0) > 0 || status === value)
      .map((status) => ({ key: status, label: STATUS_LABELS[status], count: counts[status] ?? 0 })),
  ]
  return <FilterTabs tabs={tabs} value={value} onChange={onChange} label="按状态筛选" />
}
