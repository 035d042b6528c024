import * as z from 'zod'

import { IdSchema, IndustryChainSchema, RoleSchema, SpecialistKindSchema } from './common'

export const UserSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    role: RoleSchema,
    kind: SpecialistKindSchema.optional().meta({ description: '仅专员：服务专员或联络专员' }),
    enterpriseId: IdSchema.optional().meta({ description: '仅企业主' }),
    title: z.string().optional(),
    avatarUrl: z.string().optional(),
    phone: z
      .string()
      .optional()
      .meta({ description: '仅企业主：账号绑定的手机号，申请表的联系电话默认填它' }),
  })
  .meta({ id: 'User' })

export const EnterpriseScaleSchema = z.enum(['微型', '小型', '中型']).meta({ id: 'EnterpriseScale' })

export const EnterpriseSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    creditCode: z.string().meta({ description: '统一社会信用代码（种子数据为虚构）' }),
    industryChain: IndustryChainSchema,
    scale: EnterpriseScaleSchema,
    address: z.string(),
    specialistIds: z.object({ service: IdSchema, liaison: IdSchema }),
  })
  .meta({ id: 'Enterprise' })

export type User = z.infer<typeof UserSchema>
export type Enterprise = z.infer<typeof EnterpriseSchema>
export type EnterpriseScale = z.infer<typeof EnterpriseScaleSchema>
