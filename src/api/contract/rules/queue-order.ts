import type { RequestStatus } from '../schemas/service-request'

/** Statuses in which work is still owed; a due date only matters for these. */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = [
  'submitted',
  'accepted',
  'in_progress',
  'awaiting_materials',
]

type Queued = { status: RequestStatus; dueAt: string; id: string }

/**
 * The 工作台 order (`sort=due`): open work first, by due date, so the overdue lead (their due dates are
 * the earliest); closed requests after, by due date too. The backend sorts a list by it before paging,
 * so page two continues page one; the id settles ties so a page boundary never repeats or skips a card.
 */
export function byQueueOrder(a: Queued, b: Queued): number {
  const rank = (r: Queued) => (OPEN_REQUEST_STATUSES.includes(r.status) ? 0 : 1)
  return rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id)
}
