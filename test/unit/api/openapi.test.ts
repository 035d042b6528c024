/** @jest-environment node */
import { createBackend } from '../../../mock/backend'
import { buildOpenApiDocument } from '../../../scripts/openapi-document'
import { openApiPath, routes } from '../../../src/api/contract/routes'

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument()

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0')
  })

  it.each(routes.map((r) => [r.method, r.path, r] as const))('has %s %s', (method, path, route) => {
    const operation =
      document.paths?.[openApiPath(path)]?.[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete']
    expect(operation).toBeDefined()
    expect(operation?.operationId).toBe(route.id)
    expect(Object.keys(operation?.responses ?? {})).toContain(
      String('successStatus' in route ? route.successStatus : route.id === 'openSocket' ? 101 : 200),
    )
  })

  it('documents 429 RATE_LIMITED with its Retry-After header on every route but the mock reset', () => {
    for (const route of routes) {
      const operation =
        document.paths?.[openApiPath(route.path)]?.[
          route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'
        ]
      const tooMany = operation?.responses?.['429'] as { headers?: Record<string, unknown> } | undefined
      if (route.id === 'resetMock') expect(tooMany).toBeUndefined()
      else
        expect({ route: route.id, header: Object.keys(tooMany?.headers ?? {}) }).toEqual({
          route: route.id,
          header: ['retry-after'],
        })
    }
  })

  it('has nothing the route table lacks', () => {
    const operations = Object.values(document.paths ?? {}).flatMap((item) => Object.keys(item ?? {}))
    expect(operations).toHaveLength(routes.length)
  })

  it('names the shared schemas', () => {
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining([
        'ServiceRequest',
        'Message',
        'Salon',
        'Booking',
        'ErrorBody',
        'FileRef',
        'User',
      ]),
    )
  })

  it('every route of the table is served by the mock', async () => {
    // Test mode: POST /__mock/reset answers only there (and in demo mode).
    const backend = createBackend({ mode: 'test' })
    for (const route of routes) {
      const res = await backend.handle({
        method: route.method,
        path: `/api/v1${route.path.replace(':id', 'x')}`,
        headers: { authorization: 'Bearer demo-usr-admin-01' },
      })
      expect([route.id, (res.body as { error?: { message: string } }).error?.message]).not.toEqual([
        route.id,
        '接口不存在',
      ])
    }
  })
})
