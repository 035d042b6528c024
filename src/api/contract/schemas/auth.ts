import * as z from 'zod'

import { IdSchema, RoleSchema, SpecialistKindSchema } from './common'
import { EnterpriseSchema, UserSchema } from './enterprise'

export const WechatLoginBodySchema = z.object({ code: z.string().min(1).max(200) })
export const DemoLoginBodySchema = z.object({ userId: IdSchema })

export const SessionSchema = z.object({ token: z.string(), user: UserSchema }).meta({ id: 'Session' })

export const DemoAccountSchema = z
  .object({
    userId: IdSchema,
    name: z.string(),
    role: RoleSchema,
    kind: SpecialistKindSchema.optional(),
    enterpriseName: z.string().optional(),
  })
  .meta({ id: 'DemoAccount' })
export const DemoAccountListSchema = z.array(DemoAccountSchema)

/** An owner gets its enterprise and its two specialists; a specialist gets the enterprises it serves. */
export const MeSchema = z
  .object({
    user: UserSchema,
    enterprise: EnterpriseSchema.optional(),
    specialists: z.array(UserSchema).optional(),
    enterprises: z.array(EnterpriseSchema).optional().meta({ description: '仅专员：分管的企业' }),
  })
  .meta({ id: 'Me' })

export type WechatLoginBody = z.infer<typeof WechatLoginBodySchema>
export type DemoLoginBody = z.infer<typeof DemoLoginBodySchema>
export type Session = z.infer<typeof SessionSchema>
export type DemoAccount = z.infer<typeof DemoAccountSchema>
export type Me = z.infer<typeof MeSchema>
