import { checkFields } from '../../src/api/contract/rules/request-fields'
import type { Enterprise, User } from '../../src/api/contract/schemas/enterprise'
import type { FileRef } from '../../src/api/contract/schemas/file'
import type { ServiceRequest, ServiceType } from '../../src/api/contract/schemas/service-request'
import type { Db } from '../db'
import { createRequest } from '../domain/request-factory'
import { validationFailed } from '../errors'

import { resolveAttachments } from './files-lookup'

interface IntakeBody {
  fields: Record<string, unknown>
  attachments?: FileRef[]
  note?: string
}

/**
 * What every new request goes through, whoever files it (the owner, or a specialist raising it on the
 * enterprise's behalf): the service type's field rules, attachments the filer uploaded, then the request.
 */
export function takeRequest(
  db: Db,
  user: User,
  enterprise: Enterprise,
  type: ServiceType,
  body: IntakeBody,
  at: Date,
): ServiceRequest {
  const fields = checkFields(type, body.fields)
  if (!fields.ok) throw validationFailed(fields.errors, '申请信息填写有误，请检查标红的项目')
  const attachments = resolveAttachments(db, user, body.attachments)
  return createRequest(db, {
    enterprise,
    type,
    fields: fields.values,
    attachments,
    note: body.note,
    owner: user,
    at,
  })
}
