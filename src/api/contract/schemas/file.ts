import * as z from 'zod'

import { ALLOWED_FILE_MIMES, FILE_URL_TTL_MS, MAX_FILE_BYTES } from '../values'

import { DateTimeSchema, IdSchema } from './common'

export { ALLOWED_FILE_MIMES, FILE_URL_TTL_MS, MAX_FILE_BYTES }

export const FileMimeSchema = z.enum(ALLOWED_FILE_MIMES).meta({ id: 'FileMime' })

export const FileRefSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).max(200),
    url: z.string().meta({
      description:
        '带签名的下载地址（/api/v1/files/:id?expires=…&signature=…），无需令牌即可加载，到 urlExpiresAt 失效；每次应答重新签发',
    }),
    urlExpiresAt: DateTimeSchema.optional().meta({
      description: 'url 的失效时间（签发后 24 小时内）。应答总带此字段；客户端回传 FileRef 时可省略',
    }),
    size: z.number().int().nonnegative(),
    mime: FileMimeSchema,
  })
  .meta({ id: 'FileRef' })

/** GET /files/:id: the signature of a url from an answer; without it, a token is needed. */
export const FileQuerySchema = z.object({
  expires: z.string().max(20).optional(),
  signature: z.string().max(100).optional(),
})

/**
 * What a transport hands the backend for POST /files (the HTTP side is multipart, field `file`).
 * `data` is the bytes: every backend requires them (the type is read from them) except the app's
 * in-process one in mock mode (`describedUploads`), which WeChat's unread temp files reach described.
 */
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
