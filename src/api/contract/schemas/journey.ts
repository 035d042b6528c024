import * as z from 'zod'

import { MILESTONE_CODES } from '../values'

import { DateTimeSchema, IdSchema } from './common'
import { ServiceTypeCodeSchema } from './service-request'

export { MILESTONE_CODES }

export const MilestoneCodeSchema = z.enum(MILESTONE_CODES, '未知的落地节点').meta({ id: 'MilestoneCode' })

export const MilestoneSchema = z
  .object({
    code: MilestoneCodeSchema,
    label: z.string(),
    serviceType: ServiceTypeCodeSchema.optional().meta({ description: '办结即完成本节点的服务事项' }),
    state: z.enum(['done', 'current', 'pending']).meta({ description: '当前节点：第一个未完成的' }),
    doneAt: DateTimeSchema.optional(),
    requestId: IdSchema.optional().meta({ description: '完成本节点的服务申请' }),
    note: z.string().optional().meta({ description: '专员标记完成时的说明' }),
    markedBy: z.string().optional().meta({ description: '标记完成的专员姓名' }),
  })
  .meta({ id: 'Milestone' })

export const JourneySchema = z
  .object({
    enterpriseId: IdSchema,
    startedAt: DateTimeSchema.meta({ description: '落地开始（签约）的时间' }),
    daysSinceStart: z.number().int().nonnegative(),
    current: MilestoneCodeSchema.nullable().meta({ description: '当前节点；全部完成为 null' }),
    completedAt: DateTimeSchema.optional().meta({ description: '全部节点完成的时间' }),
    milestones: z.array(MilestoneSchema),
  })
  .meta({ id: 'Journey' })
export const JourneyListSchema = z.array(JourneySchema).meta({ id: 'JourneyList' })

export const MarkMilestoneBodySchema = z.object({
  milestone: MilestoneCodeSchema,
  note: z.string().trim().min(1, '请填写说明').max(300, '说明不能超过 300 个字'),
  doneAt: z.iso.datetime({ offset: true, message: '请选择完成日期' }).optional(),
})

export type MilestoneCode = z.infer<typeof MilestoneCodeSchema>
export type Milestone = z.infer<typeof MilestoneSchema>
export type Journey = z.infer<typeof JourneySchema>
export type MarkMilestoneBody = z.infer<typeof MarkMilestoneBodySchema>
