import * as z from 'zod'

import { DateTimeSchema, IdSchema, PageQuerySchema, listOf } from './common'
import { ServiceTypeCodeSchema } from './service-request'

/**
 * pending: the centre owes a call or visit (within 2 working days of the rating, or of the owner's
 * 未解决); recorded: done, waiting for the owner to say whether it is solved; solved: closed.
 */
export const FollowUpStatusSchema = z.enum(['pending', 'recorded', 'solved']).meta({ id: 'FollowUpStatus' })
export const FollowUpMethodSchema = z.enum(['call', 'visit']).meta({ id: 'FollowUpMethod' })

export const FollowUpRecordSchema = z
  .object({
    method: FollowUpMethodSchema,
    found: z.string().meta({ description: '了解到的情况' }),
    done: z.string().meta({ description: '采取的措施' }),
    recordedById: IdSchema,
    recordedByName: z.string(),
    recordedAt: DateTimeSchema,
    late: z.boolean().meta({ description: '记录时已超过回访时限' }),
  })
  .meta({ id: 'FollowUpRecord' })

export const FollowUpSchema = z
  .object({
    id: IdSchema,
    requestId: IdSchema,
    requestNumber: z.string(),
    serviceType: ServiceTypeCodeSchema,
    enterpriseId: IdSchema,
    enterpriseName: z.string(),
    specialistId: IdSchema,
    specialistName: z.string(),
    score: z.number().int().min(1).max(5),
    reasons: z.array(z.string()),
    comment: z.string().optional(),
    status: FollowUpStatusSchema,
    createdAt: DateTimeSchema,
    dueAt: DateTimeSchema.meta({ description: '应在此前回访：评价（或企业答复未解决）后 2 个工作日' }),
    overdue: z.boolean().meta({ description: '待回访且已过时限' }),
    rounds: z.number().int().min(1).meta({ description: '第几轮回访（企业答复未解决后加一）' }),
    record: FollowUpRecordSchema.optional().meta({ description: '最近一次回访记录' }),
    confirmation: z
      .object({ solved: z.boolean(), comment: z.string().optional(), at: DateTimeSchema })
      .optional()
      .meta({ description: '企业对最近一次回访的答复' }),
  })
  .meta({ id: 'FollowUp' })
export const FollowUpListSchema = listOf(FollowUpSchema, 'FollowUpList')

export const FollowUpQuerySchema = PageQuerySchema.extend({
  status: z
    .string()
    .refine(
      (value) => value.split(',').every((s) => (FollowUpStatusSchema.options as string[]).includes(s)),
      '未知的回访状态',
    )
    .optional()
    .meta({ description: '一个或多个状态，逗号分隔：pending,recorded' }),
})

export const RecordFollowUpBodySchema = z.object({
  method: FollowUpMethodSchema,
  found: z.string().trim().min(1, '请填写了解到的情况').max(1000),
  done: z.string().trim().min(1, '请填写采取的措施').max(1000),
})

export const ConfirmFollowUpBodySchema = z.object({
  solved: z.boolean(),
  comment: z.string().max(500).optional(),
})

export type FollowUpStatus = z.infer<typeof FollowUpStatusSchema>
export type FollowUpMethod = z.infer<typeof FollowUpMethodSchema>
export type FollowUpRecord = z.infer<typeof FollowUpRecordSchema>
export type FollowUp = z.infer<typeof FollowUpSchema>
export type FollowUpList = z.infer<typeof FollowUpListSchema>
export type FollowUpQuery = z.infer<typeof FollowUpQuerySchema>
export type RecordFollowUpBody = z.infer<typeof RecordFollowUpBodySchema>
export type ConfirmFollowUpBody = z.infer<typeof ConfirmFollowUpBodySchema>
