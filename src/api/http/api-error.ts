import { AxiosError } from 'axios'

/** The one error the app shows: a stable code for logic, a status, and a Chinese message for people. */
export class ApiError extends Error {
  readonly code: string
  readonly status: number
  readonly details?: unknown

  constructor(code: string, status: number, message: string, details?: unknown) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = status
    this.details = details
  }
}

/** status 0: the request never got an answer (offline, timeout, DNS). */
export const NETWORK_ERROR_CODE = 'NETWORK_ERROR'
export const TIMEOUT_ERROR_CODE = 'TIMEOUT'

const MESSAGE_BY_STATUS: Record<number, string> = {
  400: '提交的内容有误，请检查后重试',
  401: '登录已过期，请重新登录',
  403: '您没有权限进行此操作',
  404: '内容不存在或已被删除',
  409: '当前状态不允许此操作，请刷新后重试',
  413: '文件过大',
  422: '请求与之前的提交不一致',
  429: '操作太频繁，请稍后再试',
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: unknown }
}

function bodyError(data: unknown): ErrorBody['error'] | undefined {
  if (data && typeof data === 'object' && 'error' in data) return (data as ErrorBody).error
  return undefined
}

/** Turns anything a call can throw into an ApiError, keeping the server's Chinese message when it sent one. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  if (error instanceof AxiosError) {
    const status = error.response?.status ?? 0
    if (status === 0) {
      const timedOut = error.code === AxiosError.ECONNABORTED || error.code === AxiosError.ETIMEDOUT
      return timedOut
        ? new ApiError(TIMEOUT_ERROR_CODE, 0, '网络超时，请稍后重试')
        : new ApiError(NETWORK_ERROR_CODE, 0, '网络连接失败，请检查网络后重试')
    }
    const body = bodyError(error.response?.data)
    const code = typeof body?.code === 'string' ? body.code : `HTTP_${status}`
    const message =
      typeof body?.message === 'string' && body.message
        ? body.message
        : (MESSAGE_BY_STATUS[status] ?? '服务暂时不可用，请稍后重试')
    return new ApiError(code, status, message, body?.details)
  }
  return new ApiError('UNKNOWN', 0, '出了点问题，请稍后重试')
}
