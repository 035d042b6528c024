import * as z from 'zod'

import { DateTimeSchema, IdSchema, SpecialistKindSchema } from './common'
import { ServiceTypeCodeSchema } from './service-request'

/** A calendar month in Beijing time. */
export const MonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM，如 2026-03')
  .meta({ id: 'Month', example: '2026-03' })

export const FiguresQuerySchema = z.object({
  month: MonthSchema.optional().meta({ description: '缺省为本月（北京时间）' }),
})

export const FigureCasesQuerySchema = FiguresQuerySchema.extend({
  specialistId: IdSchema.optional().meta({ description: '管理员必填；专员只能查看自己的（缺省即自己）' }),
})

/** One set of measures over one month; a rate or an average is null when nothing was there to measure. */
export const MeasuresSchema = z
  .object({
    received: z.number().int().meta({ description: '本月收到的申请' }),
    responded: z.number().int().meta({ description: '其中已受理的' }),
    avgResponseHours: z.number().nullable().meta({ description: '平均首次响应（提交→受理），工作时间小时' }),
    completed: z.number().int().meta({ description: '本月办结' }),
    onTime: z.number().int().meta({ description: '其中在 dueAt 前办结的' }),
    onTimeRate: z.number().nullable().meta({ description: '按时办结率 0–1' }),
    overdueOpen: z.number().int().meta({ description: '月末（本月为此刻）已逾期仍未办结' }),
    rated: z.number().int().meta({ description: '本月收到的评价' }),
    avgRating: z.number().nullable().meta({ description: '平均评价 1–5' }),
    satisfiedRate: z.number().nullable().meta({ description: '满意率：4–5 分占比 0–1' }),
    followUpsOverdue: z.number().int().meta({ description: '超时未回访（月末或此刻）' }),
    visitsMade: z
      .number()
      .int()
      .nullable()
      .meta({ description: '本月完成的走访（上门、电话等）；按服务类型统计时不适用，为 null' }),
  })
  .meta({ id: 'Measures' })

export const TierSchema = z
  .enum(['leader', 'middle', 'laggard'])
  .meta({ id: 'Tier', description: 'leader 骏马（前三分之一）、middle 稳进、laggard 蜗牛（后三分之一）' })

export const ScoreWeightSchema = z
  .object({ key: z.string(), label: z.string(), weight: z.number(), how: z.string() })
  .meta({ id: 'ScoreWeight' })

export const RankedSpecialistSchema = z
  .object({
    specialistId: IdSchema,
    name: z.string(),
    kind: SpecialistKindSchema,
    measures: MeasuresSchema,
    previous: MeasuresSchema,
    score: z.number().nullable().meta({ description: '综合得分 0–100；本月无可计量的办件为 null（不排名）' }),
    previousScore: z.number().nullable(),
    rank: z.number().int().nullable().meta({ description: '并列同名次（1、1、3）' }),
    previousRank: z.number().int().nullable(),
    tier: TierSchema.nullable(),
  })
  .meta({ id: 'RankedSpecialist' })

export const BucketSchema = z.object({ label: z.string(), count: z.number().int() }).meta({ id: 'Bucket' })

export const TrendPointSchema = z
  .object({
    month: MonthSchema,
    received: z.number().int(),
    onTimeRate: z.number().nullable(),
    satisfiedRate: z.number().nullable(),
  })
  .meta({ id: 'TrendPoint' })

export const CentreFiguresSchema = z
  .object({
    measures: MeasuresSchema,
    salonsHeld: z.number().int().meta({ description: '本月举办（已结束）的沙龙' }),
    bookings: z.number().int().meta({ description: '这些沙龙的有效报名（不含已取消、候补）' }),
    checkedIn: z.number().int(),
    checkInRate: z.number().nullable().meta({ description: '签到率 0–1' }),
  })
  .meta({ id: 'CentreFigures' })

export const BoardSchema = z
  .object({
    month: MonthSchema,
    previousMonth: MonthSchema,
    weights: z.array(ScoreWeightSchema).meta({ description: '综合得分的权重与归一化方法' }),
    ranking: z.array(RankedSpecialistSchema).meta({ description: '按名次，未排名的在后' }),
    byType: z.array(z.object({ serviceType: ServiceTypeCodeSchema, measures: MeasuresSchema })),
    centre: CentreFiguresSchema,
    previousCentre: CentreFiguresSchema,
    responseBuckets: z.array(BucketSchema).meta({ description: '本月首次响应时长分布（工作时间）' }),
    trend: z.array(TrendPointSchema).meta({ description: '近 4 个月，旧→新' }),
    generatedAt: DateTimeSchema,
  })
  .meta({ id: 'Board' })

/** A specialist's own line and place: no one else's figures. */
export const MyFiguresSchema = z
  .object({
    month: MonthSchema,
    previousMonth: MonthSchema,
    weights: z.array(ScoreWeightSchema),
    me: RankedSpecialistSchema,
    rankedCount: z.number().int().meta({ description: '本月参与排名的专员人数' }),
    trend: z.array(TrendPointSchema),
  })
  .meta({ id: 'MyFigures' })

/** One request behind a specialist's figures, with what it contributes. */
export const FigureCaseSchema = z
  .object({
    requestId: IdSchema,
    number: z.string(),
    serviceType: ServiceTypeCodeSchema,
    enterpriseName: z.string(),
    createdAt: DateTimeSchema,
    acceptedAt: DateTimeSchema.nullable(),
    responseHours: z.number().nullable(),
    dueAt: DateTimeSchema,
    completedAt: DateTimeSchema.nullable(),
    onTime: z.boolean().nullable().meta({ description: '本月办结的：是否按时；否则 null' }),
    overdueOpen: z.boolean(),
    score: z.number().int().nullable().meta({ description: '本月收到的评价分' }),
    followUpOverdue: z.boolean(),
  })
  .meta({ id: 'FigureCase' })

export const FigureCasesSchema = z
  .object({
    month: MonthSchema,
    specialistId: IdSchema,
    name: z.string(),
    items: z.array(FigureCaseSchema),
  })
  .meta({ id: 'FigureCases' })

export type Month = z.infer<typeof MonthSchema>
export type FiguresQuery = z.infer<typeof FiguresQuerySchema>
export type FigureCasesQuery = z.infer<typeof FigureCasesQuerySchema>
export type Measures = z.infer<typeof MeasuresSchema>
export type Tier = z.infer<typeof TierSchema>
export type ScoreWeight = z.infer<typeof ScoreWeightSchema>
export type RankedSpecialist = z.infer<typeof RankedSpecialistSchema>
export type Bucket = z.infer<typeof BucketSchema>
export type TrendPoint = z.infer<typeof TrendPointSchema>
export type CentreFigures = z.infer<typeof CentreFiguresSchema>
export type Board = z.infer<typeof BoardSchema>
export type MyFigures = z.infer<typeof MyFiguresSchema>
export type FigureCase = z.infer<typeof FigureCaseSchema>
export type FigureCases = z.infer<typeof FigureCasesSchema>
