import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

import { buildOpenApiDocument } from './openapi-document'

/** `npm run openapi`: writes dist/openapi.json (or the path given as the first argument). */
const target = resolve(process.argv[2] ?? 'dist/openapi.json')
const document = buildOpenApiDocument()
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, JSON.stringify(document, null, 2) + '\n')
console.log(`OpenAPI ${document.openapi}: ${Object.keys(document.paths ?? {}).length} paths → ${target}`)
