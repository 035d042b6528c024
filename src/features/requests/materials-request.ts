import type { ServiceRequest } from '@/api/contract/schemas/service-request'

export interface MaterialsRequest {
  /** What the specialist asked for, in their words. */
  note: string
  /** Who asked. */
  by: string
  at: string
}

/**
 * What the owner is waiting to supply: the latest 要求补充材料 of a request that waits for materials
 * (an earlier one was answered already). Nothing once the request has moved on.
 */
export function pendingMaterialsRequest(
  request: Pick<ServiceRequest, 'status' | 'timeline'>,
): MaterialsRequest | undefined {
  if (request.status !== 'awaiting_materials') return undefined
  const asked = [...request.timeline].reverse().find((event) => event.action === 'request_materials')
  return {
    note: asked?.note?.trim() || '专员需要您补充材料，详见办理进度',
    by: asked?.actorName ?? '专员',
    at: asked?.at ?? '',
  }
}

/** Waiting on the owner: on top of every list the owner sees. */
export const awaitsOwner = (request: Pick<ServiceRequest, 'status'>) =>
  request.status === 'awaiting_materials'
