import type { z } from 'zod'

import { ErrorBodySchema } from '../../src/api/contract/schemas/common'

import type { ApiResponse, Json } from './transport'

const CHINESE = /[\u4e00-\u9fa5]/

function describeResponse(res: ApiResponse): string {
  const body = typeof res.body === 'string' ? res.body : JSON.stringify(res.body)
  return `${res.status} ${String(body).slice(0, 400)}`
}

/** Status first, with the body in the message: a bare "expected 201, got 400" says nothing. */
export function expectStatus(res: ApiResponse, status: number): void {
  if (res.status !== status) throw new Error(`expected status ${status}, got ${describeResponse(res)}`)
}

/** The error shape of the contract: status, code, a message a Chinese-speaking user can read. */
export function expectError(res: ApiResponse, status: number, code: string): void {
  expectStatus(res, status)
  const parsed = ErrorBodySchema.safeParse(res.body)
  if (!parsed.success) throw new Error(`not an error body: ${describeResponse(res)}`)
  expect(parsed.data.error.code).toBe(code)
  expect(parsed.data.error.message).toMatch(CHINESE)
  // "JSON in and out": an error is JSON too (in-process answers may carry no headers at all).
  const type = res.headers['content-type']
  if (type !== undefined) expect(type).toMatch(/json/)
}

/** 400 VALIDATION_FAILED whose details name `field` (a dotted path such as 'fields.contactPhone'). */
export function expectValidation(res: ApiResponse, field: string): void {
  expectError(res, 400, 'VALIDATION_FAILED')
  const details: Json = res.body.error.details
  const paths: string[] = Array.isArray(details)
    ? details.map((d: Json) => String(d?.path ?? d?.field ?? ''))
    : Object.keys(details ?? {})
  const names = (path: string) => path === field || path.endsWith(`.${field}`) || path.startsWith(`${field}.`)
  const index = paths.findIndex(names)
  if (index < 0) throw new Error(`details do not name '${field}': ${JSON.stringify(details)}`)
  // A form shows this message under the input, so it is for users too.
  if (Array.isArray(details)) expect(String(details[index]?.message ?? '')).toMatch(CHINESE)
}

export const expectUnauthenticated = (res: ApiResponse) => expectError(res, 401, 'UNAUTHENTICATED')
export const expectForbidden = (res: ApiResponse) => expectError(res, 403, 'FORBIDDEN')
export const expectNotFound = (res: ApiResponse) => expectError(res, 404, 'NOT_FOUND')

/** Parses with the app's own zod schema: the client will trust exactly this shape. */
export function expectShape<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    throw new Error(`response does not match the schema: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`)
  }
  return parsed.data
}

export const CHINESE_TEXT = CHINESE

/**
 * A 409 where the contract names the status but not which of its three codes ("the state does not
 * allow it"): any of them, with a Chinese message.
 */
export function expectConflict(res: ApiResponse): void {
  expectStatus(res, 409)
  const parsed = ErrorBodySchema.safeParse(res.body)
  if (!parsed.success) throw new Error(`not an error body: ${describeResponse(res)}`)
  expect(['INVALID_TRANSITION', 'BOOKING_CLOSED', 'CONFLICT']).toContain(parsed.data.error.code)
  expect(parsed.data.error.message).toMatch(CHINESE)
}
