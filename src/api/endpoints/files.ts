import Taro from '@tarojs/taro'

import { randomId } from '@/utils/id'

import { API_PREFIX } from '../contract/api-prefix'
import { fileMime } from '../contract/rules/uploads'
import type { FileRef } from '../contract/schemas/file'
import { ApiError, NETWORK_ERROR_CODE, toApiError } from '../http/api-error'
import { hasKeys } from '../http/has-keys'
import { apiOrigin, authorizationHeader, http, isMockMode } from '../http/http-client'
import { withRetry } from '../http/retry'
import { FILE_REF_REQUIRED_KEYS } from '../http/route-table'

/** A file the user picked (Taro.chooseMedia / chooseMessageFile / chooseImage), not yet uploaded. */
export interface LocalFile {
  /** Temp path in WeChat, a blob: URL on H5. */
  path: string
  name: string
  size: number
  mime?: string
}

/**
 * The type to send: the contract's reading of the name and the picker's type (WeChat's temp paths
 * carry none, so the extension decides); a type it does not allow is passed on for the backend to refuse.
 */
export function mimeOf(file: Pick<LocalFile, 'name' | 'path' | 'mime'>): string {
  return fileMime(file.name || file.path, file.mime) ?? file.mime ?? 'application/octet-stream'
}

export interface UploadOptions {
  /** 0–100 as the bytes go out. */
  onProgress?: (percent: number) => void
  /**
   * The caller's key for this one file: every try (the retry policy's and the caller's own later
   * resend) carries it, so the server stores the file once however often the answer is lost.
   */
  idempotencyKey?: string
}

/**
 * POST /files. In WeChat and against a server it goes through Taro.uploadFile (multipart, field
 * `file`), the only upload WeChat has; in mock mode the in-process backend takes it through axios.
 * Transient failures are retried by the client's one policy (`retryPolicy`), with the same key.
 * Failures are ApiErrors with Chinese messages, like every other call.
 */
export function uploadFile(file: LocalFile, options: UploadOptions = {}): Promise<FileRef> {
  const key = options.idempotencyKey ?? randomId('upload-')
  return isMockMode
    ? uploadInProcess(file, key, options.onProgress)
    : withRetry(
        () => uploadWithTaro(file, key, options.onProgress),
        (error) => toApiError(error).status,
      )
}

/** One try through WeChat's upload; exported for the test of its retries. */
export function uploadWithTaro(
  file: LocalFile,
  key: string,
  onProgress?: (percent: number) => void,
): Promise<FileRef> {
  return new Promise<FileRef>((resolve, reject) => {
    const task = Taro.uploadFile({
      url: `${apiOrigin()}${API_PREFIX}/files`,
      filePath: file.path,
      name: 'file',
      fileName: file.name,
      // WeChat names the part after its temp path (tmp_3.pdf) and ignores fileName (Taro's, H5 only):
      // the name the user picked travels as a field of its own, which the server prefers.
      formData: { fileName: file.name },
      header: { ...authorizationHeader(), 'Idempotency-Key': key },
      success: (result) => {
        let body: unknown
        try {
          body = JSON.parse(result.data)
        } catch {
          body = undefined
        }
        if (result.statusCode >= 200 && result.statusCode < 300) {
          // The keys FileRef requires (generated from its schema), not a zod parse (issue 13).
          if (hasKeys(body, FILE_REF_REQUIRED_KEYS)) resolve(body as unknown as FileRef)
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

async function uploadInProcess(
  file: LocalFile,
  key: string,
  onProgress?: (percent: number) => void,
): Promise<FileRef> {
  try {
    const body = await inProcessBody(file)
    onProgress?.(0)
    // axios retries it (the retry policy's interceptor), with this same key.
    const response = await http.post<FileRef>('/files', body, {
      headers: { 'Idempotency-Key': key },
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
