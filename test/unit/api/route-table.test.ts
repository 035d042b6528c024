import fs from 'node:fs'

import { routes } from '@/api/contract/routes'
import { ROUTE_TABLE } from '@/api/http/route-table'

import { renderTable, TABLE_FILE } from '../../../scripts/gen-route-table'

describe('the client route table', () => {
  it('is what the generator makes of the contract today (npm run routes:table after a change)', () => {
    expect(fs.readFileSync(TABLE_FILE, 'utf8')).toBe(renderTable())
  })

  it('has every route of the contract with its method, path, roles and idempotency', () => {
    expect(Object.keys(ROUTE_TABLE).sort()).toEqual(routes.map((route) => route.id).sort())
    for (const route of routes) {
      const row = ROUTE_TABLE[route.id]
      expect(row).toMatchObject({ method: route.method, path: route.path, roles: route.roles })
      expect(row.idempotent ?? false).toBe('idempotent' in route ? route.idempotent : false)
    }
  })

  it('imports nothing at runtime, so no schema (nor zod) comes with it', () => {
    const imports = fs.readFileSync(TABLE_FILE, 'utf8').match(/^import .*$/gm) ?? []
    expect(imports.length).toBeGreaterThan(0)
    for (const line of imports) expect(line).toMatch(/^import type /)
  })
})
