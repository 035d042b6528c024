import type { z } from 'zod'

import { randomId } from '@/utils/id'

import type { RouteById, RouteId } from '../contract/routes'

import { http } from './http-client'
import { ROUTE_TABLE } from './route-table'

type Spec<K extends RouteId> = RouteById<K>

type PathInput<K extends RouteId> = Spec<K>['path'] extends `${string}:id${string}` ? { id: string } : unknown
type BodyInput<K extends RouteId> =
  Spec<K> extends { body: z.ZodType } ? { body: z.input<Spec<K>['body']> } : unknown
type QueryInput<K extends RouteId> =
  Spec<K> extends { query: z.ZodType } ? { query?: Partial<z.input<Spec<K>['query']>> } : unknown
type KeyInput<K extends RouteId> =
  Spec<K> extends { idempotent: true } ? { idempotencyKey?: string } : unknown

export type RouteInput<K extends RouteId> = PathInput<K> & BodyInput<K> & QueryInput<K> & KeyInput<K>
export type RouteOutput<K extends RouteId> = z.output<Spec<K>['response']>

/**
 * Calls one route of the contract by its id: the only place a URL is built. Creates carry an
 * Idempotency-Key (the caller's, when a form keeps one across taps; otherwise a fresh one that the
 * retry policy reuses), which is also what makes them safe to retry.
 */
export async function callRoute<K extends RouteId>(id: K, input: RouteInput<K>): Promise<RouteOutput<K>> {
  // The generated table (paths, methods): the contract's types here, none of its schemas at runtime.
  const route = ROUTE_TABLE[id]
  if (!route) throw new Error(`unknown route ${id}`)
  const args = input as {
    id?: string
    body?: unknown
    query?: Record<string, unknown>
    idempotencyKey?: string
  }
  const url = route.path.replace(':id', encodeURIComponent(args.id ?? ''))
  const headers: Record<string, string> = {}
  if (route.idempotent) headers['Idempotency-Key'] = args.idempotencyKey ?? randomId('idem-')
  const response = await http.request<RouteOutput<K>>({
    method: route.method,
    url,
    params: args.query ? dropEmpty(args.query) : undefined,
    data: args.body,
    headers,
    responseType: route.responseMime?.startsWith('text/') ? 'text' : 'json',
  })
  return response.data
}

/** `?status=` with nothing selected means "all", not "status equals empty". */
function dropEmpty(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== ''))
}
