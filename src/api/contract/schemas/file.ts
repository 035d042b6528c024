import { z } from 'zod'

import { IdSchema } from './common'

export const ALLOWED_FILE_MIMES = ['image/jpeg', 'image/png', 'application/pdf'] as const
export const MAX_FILE_BYTES = 10 * 1024 * 1024

export const FileMimeSchema = z.enum(ALLOWED_FILE_MIMES).meta({ id: 'FileMime' })

export const FileRefSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(200),
    url: z.string(),
    size: z.number().int().nonnegative(),
    mime: FileMimeSchema,
  })
  .meta({ id: 'FileRef' })

/** What a transport hands the backend for POST /files (the HTTP side is multipart, field `file`). */
export const UploadBodySchema = z.object({
  file: z.object({
    name: z.string().min(1).max(200),
    size: z.number().int().nonnegative(),
    mime: z.string(),
    data: z.instanceof(Uint8Array).optional(),
  }),
})

export type FileRef = z.infer<typeof FileRefSchema>
export type FileMime = z.infer<typeof FileMimeSchema>
export type UploadBody = z.infer<typeof UploadBodySchema>
