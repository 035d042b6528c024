import * as z from 'zod'

import { INDUSTRY_CHAINS } from '../values'

/** Ids are opaque strings: clients never parse them. */
export const IdSchema = z.string().min(1).max(64)

/** ISO-8601 with an offset (the mock writes +08:00), e.g. 2025-03-03T09:30:00+08:00. */
export const DateTimeSchema = z.iso.datetime({ offset: true }).meta({ example: '2025-03-03T09:30:00+08:00' })

export const RoleSchema = z.enum(['owner', 'specialist', 'admin']).meta({ id: 'Role' })
export const SpecialistKindSchema = z.enum(['service', 'liaison']).meta({ id: 'SpecialistKind' })

export { INDUSTRY_CHAINS }
export const IndustryChainSchema = z.enum(INDUSTRY_CHAINS).meta({ id: 'IndustryChain' })

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_TRANSITION',
  'BOOKING_CLOSED',
  'CONFLICT',
  'FILE_TOO_LARGE',
  'BODY_TOO_LARGE',
  'IDEMPOTENCY_MISMATCH',
  'RATE_LIMITED',
  'INTERNAL',
] as const
export const ErrorCodeSchema = z.enum(ERROR_CODES).meta({ id: 'ErrorCode' })

/** One failing field of a VALIDATION_FAILED: `path` is dotted ('fields.contactPhone', 'limit'). */
export const FieldErrorSchema = z.object({ path: z.string(), message: z.string() }).meta({ id: 'FieldError' })

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: ErrorCodeSchema,
      message: z.string().meta({ description: '给用户看的中文说明' }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'ErrorBody' })

/** Cursor paging shared by every list: limit 1..100, default 20. */
export const PageQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
})

export function listOf<T extends z.ZodType>(item: T, id?: string) {
  const schema = z.object({ items: z.array(item), nextCursor: z.string().nullable() })
  return id ? schema.meta({ id }) : schema
}

export const OkSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' })

export const IdParamsSchema = z.object({ id: IdSchema })

export type Id = z.infer<typeof IdSchema>
export type Role = z.infer<typeof RoleSchema>
export type SpecialistKind = z.infer<typeof SpecialistKindSchema>
export type IndustryChain = z.infer<typeof IndustryChainSchema>
export type ErrorCode = z.infer<typeof ErrorCodeSchema>
export type FieldError = z.infer<typeof FieldErrorSchema>
export type ErrorBody = z.infer<typeof ErrorBodySchema>
export type PageQuery = z.infer<typeof PageQuerySchema>
