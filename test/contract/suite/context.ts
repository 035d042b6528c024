import { createApi, type Api } from '../client'
import { salonBody, validFields, type FieldSpecLike } from '../fixtures'
import { createTransport, type Json, type Transport, type TransportKind } from '../transport'
import { createWorld, type Actor, type Owner, type World } from '../world'

/** What every suite file gets: live for the current test, rebuilt per transport. */
export interface ContractContext {
  readonly kind: TransportKind
  readonly transport: Transport
  readonly api: Api
  readonly world: World
}

export function contractContext(kind: TransportKind): ContractContext {
  let transport: Transport | undefined
  let api: Api | undefined
  let world: World | undefined
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the transport is not up (beforeAll failed?)')
    return value
  }

  beforeAll(async () => {
    transport = await createTransport(kind)
    api = createApi(transport)
    world = createWorld(api)
  })
  afterAll(async () => {
    await transport?.close()
  })
  // Every test starts from the seed, so tests don't depend on each other's order.
  beforeEach(async () => {
    await ready(transport).reset()
  })

  return {
    kind,
    get transport() {
      return ready(transport)
    },
    get api() {
      return ready(api)
    },
    get world() {
      return ready(world)
    },
  }
}

/** The catalogue as the server tells it. */
export async function serviceTypes(ctx: ContractContext, who: Actor): Promise<Json[]> {
  const res = await ctx.api.as(who).get('/service-types')
  if (res.status !== 200) throw new Error(`GET /service-types → ${res.status}`)
  return res.body as Json[]
}

/** A valid create body for the first type of the catalogue (or the named one). */
export async function requestBody(ctx: ContractContext, owner: Owner, code?: string) {
  const types = await serviceTypes(ctx, owner)
  const type = code ? types.find((t) => t.code === code) : types[0]
  if (!type) throw new Error(`no service type ${code ?? ''}`)
  return { serviceType: type.code as string, fields: validFields(type.fields as FieldSpecLike[]), type }
}

export async function createRequest(ctx: ContractContext, owner: Owner, code?: string): Promise<Json> {
  const { type: _type, ...body } = await requestBody(ctx, owner, code)
  const res = await ctx.api.as(owner).post('/service-requests', body)
  if (res.status !== 201)
    throw new Error(`creating a request failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** POST /service-requests/:id/actions, answering the full response. */
export const act = (ctx: ContractContext, who: Actor, id: string, body: Record<string, unknown>) =>
  ctx.api.as(who).post(`/service-requests/${encodeURIComponent(id)}/actions`, body)

/** An admin-made salon in the given state; capacity 5 and bookable unless overridden. */
export async function createSalon(
  ctx: ContractContext,
  overrides: Record<string, unknown> = {},
  publish = true,
): Promise<Json> {
  const admin = await ctx.world.admin()
  const created = await ctx.api.as(admin).post('/salons', salonBody(overrides))
  if (created.status !== 201) throw new Error(`creating a salon failed: ${JSON.stringify(created.body)}`)
  if (!publish) return created.body
  const published = await ctx.api.as(admin).post(`/salons/${created.body.id}/publish`)
  if (published.status !== 200) throw new Error(`publishing failed: ${JSON.stringify(published.body)}`)
  return published.body
}

export async function book(ctx: ContractContext, owner: Actor, salonId: string, idempotencyKey?: string) {
  return ctx.api.as(owner).post(`/salons/${salonId}/bookings`, {}, idempotencyKey ? { idempotencyKey } : {})
}
