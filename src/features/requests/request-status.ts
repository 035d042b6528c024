import type { Role } from '@/api/contract/schemas/common'
import type { RequestAction, RequestStatus, ServiceRequest } from '@/api/contract/schemas/service-request'

export const STATUS_LABELS: Record<RequestStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  in_progress: '办理中',
  awaiting_materials: '待补材料',
  completed: '已办结',
  cancelled: '已撤销',
}

export const ACTION_LABELS: Record<RequestAction | 'create', string> = {
  create: '提交申请',
  accept: '受理',
  start: '开始办理',
  request_materials: '要求补充材料',
  submit_materials: '补充材料',
  complete: '办结',
  cancel: '撤销申请',
  rate: '评价',
}

/** Statuses in which work is still owed; a due date only matters for these. */
export const OPEN_STATUSES: readonly RequestStatus[] = [
  'submitted',
  'accepted',
  'in_progress',
  'awaiting_materials',
]

export const isOpen = (request: Pick<ServiceRequest, 'status'>) => OPEN_STATUSES.includes(request.status)

/**
 * The contract's state machine seen from one side: which actions this role may take now. It mirrors
 * the backend's table so the app never offers a button that would only earn a 409.
 */
export function actionsFor(request: ServiceRequest, role: Role, userId: string): RequestAction[] {
  if (role === 'owner') {
    const actions: RequestAction[] = []
    if (request.status === 'awaiting_materials') actions.push('submit_materials')
    if (request.status === 'completed' && !request.rating) actions.push('rate')
    if (isOpen(request)) actions.push('cancel')
    return actions
  }
  if (role !== 'specialist' || request.assigneeId !== userId) return []
  switch (request.status) {
    case 'submitted':
      return ['accept']
    case 'accepted':
      return ['start']
    case 'in_progress':
      return ['request_materials', 'complete']
    default:
      return []
  }
}
