import type { z } from 'zod'

import type { RouteById, RouteId } from '../src/api/contract/routes'
import type { PageQuery } from '../src/api/contract/schemas/common'
import type { User } from '../src/api/contract/schemas/enterprise'
import type { ServerEventMap, ServerEventType } from '../src/api/contract/schemas/events'

import type { Db } from './db'
import { validationFailed } from './errors'
import type { FileUrls } from './handlers/files-signing'

/** Only the contract's events, with their data (or, per receiving user, a function that builds it). */
export type Emit = <K extends ServerEventType>(
  userIds: Iterable<string>,
  type: K,
  data: ServerEventMap[K] | ((userId: string) => ServerEventMap[K]),
) => void

type BodyOf<R> = R extends { body: infer B extends z.ZodType } ? z.output<B> : undefined
type QueryOf<R> = R extends { query: infer Q extends z.ZodType } ? z.output<Q> : undefined
type UserOf<R> = R extends { roles: 'anyone' } ? User | undefined : User
type ResponseOf<R> = R extends { response: infer S extends z.ZodType } ? z.input<S> : never

export interface Ctx<R> {
  db: Db
  user: UserOf<R>
  /** The `:id` of the path ('' when the route has none). */
  id: string
  body: BodyOf<R>
  query: QueryOf<R>
  now: Date
  emit: Emit
  /** Restores the seed (only POST /__mock/reset uses it). */
  reset: () => void
  /** Signed file urls; `describedUploads`: this backend takes an upload without bytes (mock mode). */
  files: Pick<FileUrls, 'sign' | 'verify'> & { describedUploads: boolean }
}

/** A non-default answer: another status, headers, or a non-JSON body (CSV text, file bytes). */
export class RawReply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export type Handler<K extends RouteId> = (ctx: Ctx<RouteById<K>>) => ResponseOf<RouteById<K>> | RawReply
export type Handlers = { [K in RouteId]: Handler<K> }

/** Offset cursors: opaque to clients, stable enough for an in-memory list. */
export function paginate<T>(items: T[], query: PageQuery): { items: T[]; nextCursor: string | null } {
  const offset = query.cursor ? Number(query.cursor) : 0
  if (!Number.isInteger(offset) || offset < 0)
    throw validationFailed([{ path: 'cursor', message: '无效的分页游标' }])
  const page = items.slice(offset, offset + query.limit)
  const next = offset + page.length
  return { items: page, nextCursor: next < items.length ? String(next) : null }
}
