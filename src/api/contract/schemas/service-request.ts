import * as z from 'zod'

import { REQUEST_ACTIONS, REQUEST_STATUSES } from '../values'

import { DateTimeSchema, IdSchema, PageQuerySchema, listOf } from './common'
import { FileRefSchema } from './file'

export const FieldTypeSchema = z
  .enum(['text', 'textarea', 'number', 'date', 'select', 'phone'])
  .meta({ id: 'FieldType' })

export const FieldSpecSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    type: FieldTypeSchema,
    required: z.boolean(),
    options: z.array(z.string()).optional().meta({ description: '仅 select' }),
    pattern: z.string().optional().meta({ description: '正则（JavaScript 语法），如手机号' }),
    maxLength: z.number().int().positive().optional(),
    placeholder: z.string().optional(),
  })
  .meta({ id: 'FieldSpec' })

export const ServiceTypeCodeSchema = z
  .enum([
    'business_registration',
    'bank_account',
    'tax_registration',
    'premises_lease',
    'order_matching',
    'legal_support',
    'financing_matching',
  ])
  .meta({ id: 'ServiceTypeCode' })

export const ServiceTypeSchema = z
  .object({
    code: ServiceTypeCodeSchema,
    name: z.string(),
    description: z.string(),
    targetDays: z.number().int().positive().meta({ description: '目标办结时限（工作日）' }),
    fields: z.array(FieldSpecSchema),
    materials: z.array(z.string()),
  })
  .meta({ id: 'ServiceType' })
export const ServiceTypeListSchema = z.array(ServiceTypeSchema)

export { REQUEST_STATUSES }
export const RequestStatusSchema = z.enum(REQUEST_STATUSES).meta({ id: 'RequestStatus' })

export { REQUEST_ACTIONS }
export const RequestActionSchema = z.enum(REQUEST_ACTIONS).meta({ id: 'RequestAction' })

/** Values keyed by FieldSpec.key: numbers for `number` fields, strings for all others. */
export const FieldValuesSchema = z
  .record(z.string(), z.union([z.string(), z.number()]))
  .meta({ id: 'FieldValues' })

export const RatingSchema = z
  .object({
    score: z.number().int().min(1).max(5).meta({ description: '5 非常满意 … 1 非常不满意（好差评五级）' }),
    comment: z.string().max(500).optional(),
    // Absent on ratings given before the five levels: they stay readable as they are.
    reasons: z.array(z.string().max(20)).max(5).optional().meta({ description: '所选原因' }),
  })
  .meta({ id: 'Rating' })

export const TimelineEventSchema = z
  .object({
    id: IdSchema,
    // follow_up: the centre's 回访 record; follow_up_confirm: the owner's answer to it (no status change).
    action: z.union([
      z.literal('create'),
      RequestActionSchema,
      z.literal('follow_up'),
      z.literal('follow_up_confirm'),
    ]),
    actorId: IdSchema,
    actorName: z.string(),
    fromStatus: RequestStatusSchema.nullable(),
    toStatus: RequestStatusSchema,
    note: z.string().optional(),
    attachments: z.array(FileRefSchema).optional(),
    at: DateTimeSchema,
  })
  .meta({ id: 'TimelineEvent' })

export const ServiceRequestSchema = z
  .object({
    id: IdSchema,
    number: z.string().meta({ description: '办件编号，如 QF20250303-0007' }),
    enterpriseId: IdSchema,
    serviceType: ServiceTypeCodeSchema,
    fields: FieldValuesSchema,
    attachments: z.array(FileRefSchema),
    status: RequestStatusSchema,
    assigneeId: IdSchema,
    createdAt: DateTimeSchema,
    updatedAt: DateTimeSchema,
    dueAt: DateTimeSchema.meta({ description: 'createdAt 加上事项的 targetDays 个工作日（跳过周六日）' }),
    completedAt: DateTimeSchema.optional(),
    rating: RatingSchema.optional(),
    followUpId: IdSchema.optional().meta({
      description: '评价为不满意及以下时的回访（GET /follow-ups/:id）',
    }),
    timeline: z.array(TimelineEventSchema),
    raisedBy: z
      .object({ id: IdSchema, name: z.string() })
      .optional()
      .meta({ description: '专员代企业发起时：发起的专员（企业主看到「专员代为发起」）' }),
  })
  .meta({ id: 'ServiceRequest' })
export const ServiceRequestListSchema = listOf(ServiceRequestSchema, 'ServiceRequestList')

export const ServiceRequestQuerySchema = PageQuerySchema.extend({
  status: z
    .string()
    .refine(
      (value) => value.split(',').every((s) => (REQUEST_STATUSES as readonly string[]).includes(s)),
      '未知的办理状态',
    )
    .optional()
    .meta({ description: '一个或多个状态，逗号分隔：submitted,accepted' }),
  enterpriseId: IdSchema.optional(),
  sort: z.enum(['updated', 'due'], { error: '未知的排序方式，可选 updated 或 due' }).optional().meta({
    description: 'updated（默认）：最近更新的在前；due：工作台顺序，未办结的在前（逾期最先），各按到期时间',
  }),
})

/** How many requests the caller may see, per status: the numbers on the 工作台's tabs. */
export const ServiceRequestCountsSchema = z
  .object({
    total: z.number().int().nonnegative(),
    byStatus: z.record(RequestStatusSchema, z.number().int().nonnegative()),
  })
  .meta({ id: 'ServiceRequestCounts' })

export const CreateServiceRequestBodySchema = z.object({
  serviceType: ServiceTypeCodeSchema,
  fields: FieldValuesSchema,
  attachments: z.array(FileRefSchema).max(20).optional(),
  note: z.string().max(1000).optional(),
})

/** A specialist raising a request on the enterprise's behalf, optionally from a problem of a visit. */
export const RaiseServiceRequestBodySchema = CreateServiceRequestBodySchema.extend({
  visitId: IdSchema.optional(),
  problemId: IdSchema.optional(),
})

export const RequestActionBodySchema = z.object({
  action: RequestActionSchema,
  note: z.string().max(1000).optional(),
  attachments: z.array(FileRefSchema).max(20).optional(),
  score: z.number().int().min(1).max(5).optional(),
  comment: z.string().max(500).optional(),
  reasons: z.array(z.string().max(20)).max(5).optional(),
})

export type FieldType = z.infer<typeof FieldTypeSchema>
export type FieldSpec = z.infer<typeof FieldSpecSchema>
export type ServiceTypeCode = z.infer<typeof ServiceTypeCodeSchema>
export type ServiceType = z.infer<typeof ServiceTypeSchema>
export type RequestStatus = z.infer<typeof RequestStatusSchema>
export type RequestAction = z.infer<typeof RequestActionSchema>
export type FieldValues = z.infer<typeof FieldValuesSchema>
export type Rating = z.infer<typeof RatingSchema>
export type TimelineEvent = z.infer<typeof TimelineEventSchema>
export type ServiceRequest = z.infer<typeof ServiceRequestSchema>
export type ServiceRequestList = z.infer<typeof ServiceRequestListSchema>
export type ServiceRequestQuery = z.infer<typeof ServiceRequestQuerySchema>
export type ServiceRequestCounts = z.infer<typeof ServiceRequestCountsSchema>
export type CreateServiceRequestBody = z.infer<typeof CreateServiceRequestBodySchema>
export type RaiseServiceRequestBody = z.infer<typeof RaiseServiceRequestBodySchema>
export type RequestActionBody = z.infer<typeof RequestActionBodySchema>
