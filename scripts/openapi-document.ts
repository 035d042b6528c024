import { OpenAPIRegistry, OpenApiGeneratorV31, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi'
import { z } from 'zod'

import { openApiPath, routes, type RouteSpec } from '../src/api/contract/routes'
import { ErrorBodySchema, IdSchema } from '../src/api/contract/schemas/common'

// Parameters need .openapi(), which zod v4 copies onto a schema only when it is built: so patch here
// (generator processes only, never the app bundle) and rebuild parameter schemas below.
extendZodWithOpenApi(z)

/** A parameter object whose field schemas are rebuilt after the patch, whatever order modules loaded in. */
function parameters(schema: z.ZodType): z.ZodObject {
  const shape = (schema as z.ZodObject).shape
  return z.object(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, field.clone()])))
}

/** Which errors a route can answer, so the document shows them per operation. */
function errorStatuses(route: RouteSpec): number[] {
  const statuses = new Set<number>([500])
  if (route.body || route.query || route.bodyKind) statuses.add(400)
  // GET /files/:id takes anyone with a signed url, and without one asks for a token.
  if (route.roles !== 'anyone' || route.id === 'getFile') statuses.add(401)
  if (route.roles !== 'anyone' && route.roles.length < 3) statuses.add(403)
  if (route.path.includes(':id')) statuses.add(404)
  if (route.method !== 'GET') statuses.add(409)
  if (route.idempotent) statuses.add(422)
  // Every route counts against the caller's address and user (logins against a stricter budget).
  if (route.id !== 'resetMock') statuses.add(429)
  if (route.body) statuses.add(413)
  return [...statuses].sort()
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'VALIDATION_FAILED：请求不符合 schema，details 列出字段；请求体须为 JSON 对象、嵌套不超过 32 层；上传须为非空的 jpg、png、pdf（按内容识别）',
  401: 'UNAUTHENTICATED：未登录或令牌无效',
  403: 'FORBIDDEN：该角色无权执行此操作',
  404: 'NOT_FOUND：对象不存在，或不在调用者的权限范围内',
  409: 'INVALID_TRANSITION / BOOKING_CLOSED / CONFLICT：当前状态不允许',
  413: 'FILE_TOO_LARGE：上传文件超过 10 MB；BODY_TOO_LARGE：JSON 请求体超过 1 MB',
  422: 'IDEMPOTENCY_MISMATCH：同一 Idempotency-Key（24 小时内、仅限成功的应答）对应了不同的请求体（上传按文件字节比较）',
  429: 'RATE_LIMITED：请求过于频繁（按来源地址、按用户计；登录接口更严），Retry-After 头给出需等待的秒数',
  500: 'INTERNAL',
}

const RetryAfterHeaders = z.object({
  'retry-after': z.string().meta({ description: '再次请求前需等待的秒数（整数）', example: '30' }),
})

const UploadFormSchema = z.object({
  file: z.string().meta({ format: 'binary', description: 'jpg、png 或 pdf' }),
  fileName: z
    .string()
    .optional()
    .meta({ description: '用户所选文件的名称；微信上传时文件部分以临时路径命名，有此字段时以它为准' }),
})

/** The OpenAPI 3.1 document of the contract, generated from the same route table the mock serves. */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry()
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' })
  for (const route of routes as readonly RouteSpec[]) {
    const hasId = route.path.includes(':id')
    const body =
      route.bodyKind === 'multipart'
        ? { content: { 'multipart/form-data': { schema: UploadFormSchema } } }
        : route.body
          ? {
              content: { 'application/json': { schema: route.body } },
              required: !route.body.safeParse(undefined).success,
            }
          : undefined
    const responses: Record<string, { description: string; content: Record<string, { schema: z.ZodType }> }> =
      {
        [String(route.successStatus ?? (route.websocket ? 101 : 200))]: {
          description: route.websocket ? '切换到 WebSocket 协议' : '成功',
          content: { [route.responseMime ?? 'application/json']: { schema: route.response } },
        },
      }
    for (const status of errorStatuses(route)) {
      responses[String(status)] = {
        description: ERROR_DESCRIPTIONS[status] ?? '错误',
        content: { 'application/json': { schema: ErrorBodySchema } },
        ...(status === 429 ? { headers: RetryAfterHeaders } : {}),
      }
    }
    registry.registerPath({
      operationId: route.id,
      method: route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete',
      path: openApiPath(route.path),
      summary: route.summary,
      tags: [route.mockOnly ? 'mock-only' : (route.path.split('/')[1] ?? 'api')],
      ...(route.roles === 'anyone' ? {} : { security: [{ bearer: [] }] }),
      request: {
        ...(hasId ? { params: parameters(z.object({ id: IdSchema })) } : {}),
        ...(route.query ? { query: parameters(route.query) } : {}),
        ...(route.idempotent
          ? { headers: z.object({ 'idempotency-key': z.string().max(128).optional() }) }
          : {}),
        ...(body ? { body } : {}),
      },
      responses,
    })
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: '企服管家 API',
      version: '1.0.0',
      description: '企服管家小程序与后端之间唯一的契约。由 src/api/contract/routes.ts 与 zod schema 生成。',
    },
    servers: [{ url: '/' }],
  })
}
