import type { z } from 'zod'

import type { ErrorCode, FieldError } from '../src/api/contract/schemas/common'

/** Thrown by handlers; the router turns it into `{ error: { code, message, details? } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
  }
}

export const notFound = (message = '内容不存在或您无权查看') => new HttpError(404, 'NOT_FOUND', message)
export const forbidden = (message = '您没有权限进行此操作') => new HttpError(403, 'FORBIDDEN', message)
export const unauthenticated = (message = '登录已过期，请重新登录') =>
  new HttpError(401, 'UNAUTHENTICATED', message)
export const invalidTransition = (message: string) => new HttpError(409, 'INVALID_TRANSITION', message)
export const conflict = (message: string) => new HttpError(409, 'CONFLICT', message)
export const bookingClosed = (message: string) => new HttpError(409, 'BOOKING_CLOSED', message)

export function validationFailed(details: FieldError[], message = '提交的内容有误，请检查后重试'): HttpError {
  return new HttpError(400, 'VALIDATION_FAILED', message, details)
}

/** zod issues → the `details` of VALIDATION_FAILED; `prefix` says where they came from (query, path). */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], prefix?: string): FieldError[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    return { path: [prefix, path].filter(Boolean).join('.') || (prefix ?? ''), message: issue.message }
  })
}

export function errorBody(error: HttpError) {
  const body: { code: ErrorCode; message: string; details?: unknown } = {
    code: error.code,
    message: error.message,
  }
  if (error.details !== undefined) body.details = error.details
  return { error: body }
}
