import Taro from '@tarojs/taro'

import { randomId } from '@/utils/id'

import { API_PREFIX } from '../contract/routes'
import { FileRefSchema, type FileRef } from '../contract/schemas/file'
import { ApiError, NETWORK_ERROR_CODE, toApiError } from '../http/api-error'
import { apiOrigin, authorizationHeader, http, isMockMode } from '../http/http-client'

/** A file the user picked (Taro.chooseMedia / chooseMessageFile / chooseImage), not yet uploaded. */
export interface LocalFile {
  /** Temp path in WeChat, a blob: URL on H5. */
  path: string
  name: string
  size: number
  mime?: string
}

const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
}

/** WeChat's temp paths carry no type; the extension is what there is. */
export function mimeOf(file: Pick<LocalFile, 'name' | 'path' | 'mime'>): string {
  if (file.mime) return file.mime
  const extension = (file.name || file.path).split('.').pop()?.toLowerCase() ?? ''
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream'
}

/**
 * POST /files. In WeChat and against a server it goes through Taro.uploadFile (multipart, field
 * `file`), the only upload WeChat has; in mock mode the in-process backend takes it through axios.
 * `onProgress` gets 0–100. Failures are ApiErrors with Chinese messages, like every other call.
 */
export function uploadFile(file: LocalFile, onProgress?: (percent: number) => void): Promise<FileRef> {
  return isMockMode ? uploadInProcess(file, onProgress) : uploadWithTaro(file, onProgress)
}

function uploadWithTaro(file: LocalFile, onProgress?: (percent: number) => void): Promise<FileRef> {
  return new Promise<FileRef>((resolve, reject) => {
    const task = Taro.uploadFile({
      url: `${apiOrigin()}${API_PREFIX}/files`,
      filePath: file.path,
      name: 'file',
      fileName: file.name,
      header: { ...authorizationHeader(), 'Idempotency-Key': randomId('upload-') },
      success: (result) => {
        let body: unknown
        try {
          body = JSON.parse(result.data)
        } catch {
          body = undefined
        }
        if (result.statusCode >= 200 && result.statusCode < 300) {
          const parsed = FileRefSchema.safeParse(body)
          if (parsed.success) resolve(parsed.data)
          else reject(new ApiError('BAD_RESPONSE', result.statusCode, '上传结果无法识别，请重试'))
          return
        }
        const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error
        reject(
          new ApiError(
            error?.code ?? `HTTP_${result.statusCode}`,
            result.statusCode,
            error?.message ?? '上传失败，请重试',
          ),
        )
      },
      fail: () => reject(new ApiError(NETWORK_ERROR_CODE, 0, '网络连接失败，上传未完成，请重试')),
    } as Taro.uploadFile.Option & { fileName: string })
    task?.progress?.((update) => onProgress?.(update.progress))
  })
}

async function uploadInProcess(file: LocalFile, onProgress?: (percent: number) => void): Promise<FileRef> {
  try {
    const body = await inProcessBody(file)
    onProgress?.(0)
    const response = await http.post<FileRef>('/files', body, {
      headers: { 'Idempotency-Key': randomId('upload-') },
      onUploadProgress: (event) => onProgress?.(Math.round((event.progress ?? 0) * 100)),
    })
    onProgress?.(100)
    return response.data
  } catch (error) {
    throw toApiError(error)
  }
}

/** H5 hands over a blob: URL whose bytes we can read; WeChat's temp file is described, not read. */
async function inProcessBody(file: LocalFile): Promise<unknown> {
  if (typeof fetch === 'function' && /^(blob:|data:)/.test(file.path)) {
    const blob = await (await fetch(file.path)).blob()
    const form = new FormData()
    form.append('file', new File([blob], file.name, { type: mimeOf(file) || blob.type }))
    return form
  }
  return { file: { name: file.name, size: file.size, mime: mimeOf(file) } }
}
