import type { Enterprise, User } from '../../src/api/contract/schemas/enterprise'
import type { FileRef } from '../../src/api/contract/schemas/file'
import type { FieldValues, ServiceRequest, ServiceType } from '../../src/api/contract/schemas/service-request'
import { addWorkingDays, localDateStamp, toIso } from '../clock'
import { nextId, type Db } from '../db'
import { LIAISON_TYPES } from '../seed/service-types'

export interface NewRequest {
  enterprise: Enterprise
  type: ServiceType
  fields: FieldValues
  attachments?: FileRef[]
  note?: string
  owner: User
  at: Date
}

/** Builds a submitted request; the service specialist takes set-up work, the liaison official matching. */
export function createRequest(db: Db, input: NewRequest): ServiceRequest {
  const { enterprise, type, owner, at } = input
  const id = nextId(db, 'req')
  const serial = db.counters['req'] ?? 0
  const assigneeId = LIAISON_TYPES.has(type.code)
    ? enterprise.specialistIds.liaison
    : enterprise.specialistIds.service
  const request: ServiceRequest = {
    id,
    number: `QF${localDateStamp(at)}-${String(serial).padStart(4, '0')}`,
    enterpriseId: enterprise.id,
    serviceType: type.code,
    fields: { ...input.fields },
    attachments: [...(input.attachments ?? [])],
    status: 'submitted',
    assigneeId,
    createdAt: toIso(at),
    updatedAt: toIso(at),
    dueAt: toIso(addWorkingDays(at, type.targetDays)),
    timeline: [
      {
        id: nextId(db, 'evt'),
        action: 'create',
        actorId: owner.id,
        actorName: owner.name,
        fromStatus: null,
        toStatus: 'submitted',
        at: toIso(at),
        ...(input.note ? { note: input.note } : {}),
        ...(input.attachments?.length ? { attachments: input.attachments } : {}),
      },
    ],
  }
  db.requests.set(id, request)
  return request
}
