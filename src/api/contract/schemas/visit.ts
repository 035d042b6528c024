import * as z from 'zod'

import { PROBLEM_CATEGORIES, VISIT_METHODS, VISIT_STATUSES } from '../values'

import { DateTimeSchema, IdSchema, PageQuerySchema, listOf } from './common'
import { FileRefSchema } from './file'

export { PROBLEM_CATEGORIES, VISIT_METHODS, VISIT_STATUSES }

export const VisitMethodSchema = z.enum(VISIT_METHODS, '请选择走访方式').meta({ id: 'VisitMethod' })
export const VisitStatusSchema = z
  .enum(VISIT_STATUSES, '走访状态只能是计划或已走访')
  .meta({ id: 'VisitStatus' })
export const ProblemCategorySchema = z
  .enum(PROBLEM_CATEGORIES, '请选择问题类别')
  .meta({ id: 'ProblemCategory' })

/** One urgent problem found on a visit (急难愁盼); `requestId` once a request was raised for it. */
export const VisitProblemSchema = z
  .object({
    id: IdSchema,
    category: ProblemCategorySchema,
    description: z.string(),
    requestId: IdSchema.optional().meta({ description: '专员据此代为发起的服务申请' }),
  })
  .meta({ id: 'VisitProblem' })

export const VisitSchema = z
  .object({
    id: IdSchema,
    enterpriseId: IdSchema,
    specialistId: IdSchema,
    specialistName: z.string(),
    status: VisitStatusSchema,
    visitedAt: DateTimeSchema.meta({ description: '已走访：走访时间；计划：计划的时间' }),
    purpose: z.string().meta({ description: '走访目的' }),
    method: VisitMethodSchema.optional().meta({ description: '仅已走访' }),
    metWith: z.string().optional().meta({ description: '见了谁，如「程飞（创始人）」' }),
    notes: z.string().optional().meta({ description: '谈了什么' }),
    photos: z.array(FileRefSchema),
    problems: z.array(VisitProblemSchema),
    createdAt: DateTimeSchema,
    updatedAt: DateTimeSchema,
  })
  .meta({ id: 'Visit' })
export const VisitListSchema = listOf(VisitSchema, 'VisitList')

const text = (max: number, label: string) => z.string().max(max, `${label}不能超过 ${max} 个字`)

export const ProblemInputSchema = z.object({
  id: IdSchema.optional().meta({ description: '修改时带上已有问题的 id，保留其已发起的申请' }),
  category: ProblemCategorySchema,
  description: z.string().trim().min(1, '请描述问题').max(300, '问题描述不能超过 300 个字'),
})

/** A plan needs a date and a purpose; a record of a visit also how it happened. Checked by the backend. */
export const VisitBodySchema = z.object({
  status: VisitStatusSchema,
  visitedAt: z.iso.datetime({ offset: true, message: '请选择走访时间' }),
  purpose: z.string().trim().min(1, '请填写走访目的').max(100, '走访目的不能超过 100 个字'),
  method: VisitMethodSchema.optional(),
  metWith: text(100, '接待人').optional(),
  notes: text(2000, '走访记录').optional(),
  photos: z.array(FileRefSchema).max(9, '照片最多 9 张').optional(),
  problems: z.array(ProblemInputSchema).max(10, '问题最多 10 条').optional(),
})

export const CreateVisitBodySchema = VisitBodySchema.extend({ enterpriseId: IdSchema })
/** PUT: every editable field (a whole replacement); the enterprise does not change. */
export const UpdateVisitBodySchema = VisitBodySchema

export const VisitQuerySchema = PageQuerySchema.extend({
  status: VisitStatusSchema.optional(),
  enterpriseId: IdSchema.optional(),
})

/** Per enterprise of a specialist: last contact, next plan, and whether the contact rule is broken. */
export const EnterpriseContactSchema = z
  .object({
    enterpriseId: IdSchema,
    lastVisitAt: DateTimeSchema.nullable(),
    nextPlannedAt: DateTimeSchema.nullable(),
    daysSinceContact: z.number().int().nonnegative().nullable(),
    overdue: z.boolean().meta({ description: '超过 contactRuleDays 天未联系（从未走访也算）' }),
  })
  .meta({ id: 'EnterpriseContact' })

export const ContactSummarySchema = z
  .object({
    contactRuleDays: z.number().int().positive().meta({ description: '服务中心规定的最长未联系天数' }),
    items: z.array(EnterpriseContactSchema),
  })
  .meta({ id: 'ContactSummary' })

export type VisitMethod = z.infer<typeof VisitMethodSchema>
export type VisitStatus = z.infer<typeof VisitStatusSchema>
export type ProblemCategory = z.infer<typeof ProblemCategorySchema>
export type VisitProblem = z.infer<typeof VisitProblemSchema>
export type Visit = z.infer<typeof VisitSchema>
export type VisitList = z.infer<typeof VisitListSchema>
export type ProblemInput = z.infer<typeof ProblemInputSchema>
export type VisitBody = z.infer<typeof VisitBodySchema>
export type CreateVisitBody = z.infer<typeof CreateVisitBodySchema>
export type VisitQuery = z.infer<typeof VisitQuerySchema>
export type EnterpriseContact = z.infer<typeof EnterpriseContactSchema>
export type ContactSummary = z.infer<typeof ContactSummarySchema>
