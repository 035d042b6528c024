/** @jest-environment node */
import { execFile } from 'node:child_process'
import path from 'node:path'

/**
 * The layer rules of eslint.config.mjs, seen working: each snippet is linted as if it were a file at
 * `filePath` (the file need not exist), with the repository's own config. Forbidden imports must
 * fail with the rule's message; their allowed neighbours must come out clean.
 */

interface Snippet {
  filePath: string
  code: string
}
interface Linted {
  filePath: string
  messages: { ruleId: string | null; message: string }[]
}

const root = path.resolve(__dirname, '../../..')
const importing = (from: string) => `import * as imported from '${from}'\n\nexport const value = imported\n`

const forbidden: (Snippet & { name: string; rule: string; says: string })[] = [
  {
    name: 'api → store',
    filePath: 'src/api/http/fixture.ts',
    code: importing('@/stores/session-store'),
    rule: 'import/no-restricted-paths',
    says: 'Stores sit above api',
  },
  {
    name: 'api → mock (outside the mock backend loader)',
    filePath: 'src/api/endpoints/fixture.ts',
    code: importing('../../../mock/backend'),
    rule: 'import/no-restricted-paths',
    says: 'mock/ is reached only through src/api/adapters/mock-backend(.weapp).ts',
  },
  {
    name: 'feature → other feature',
    filePath: 'src/features/salons/fixture.ts',
    code: importing('@/features/requests/use-requests'),
    rule: 'import/no-restricted-paths',
    says: 'Features do not import each other',
  },
  {
    name: 'chat → requests beyond the one allowed module',
    filePath: 'src/features/chat/fixture.ts',
    code: importing('@/features/requests/request-card'),
    rule: 'import/no-restricted-paths',
    says: 'Features do not import each other',
  },
  {
    name: 'component → feature',
    filePath: 'src/components/fixture.tsx',
    code: importing('@/features/requests/use-requests'),
    rule: 'import/no-restricted-paths',
    says: 'Features sit above stores, api and the shared leaves',
  },
  {
    name: 'mock → src/stores',
    filePath: 'mock/handlers/fixture.ts',
    code: importing('../../src/stores/session-store'),
    rule: 'import/no-restricted-paths',
    says: 'from src/ it takes src/api/contract only',
  },
  {
    name: 'contract → the rest of src',
    filePath: 'src/api/contract/schemas/fixture.ts',
    code: importing('@/utils/id'),
    rule: 'import/no-restricted-paths',
    says: 'it imports nothing else of src/',
  },
  {
    name: 'contract → a package other than zod and dayjs',
    filePath: 'src/api/contract/schemas/fixture.ts',
    code: importing('axios'),
    rule: 'import/no-restricted-paths',
    says: 'The contract depends on zod and dayjs only',
  },
  {
    name: 'page → endpoint',
    filePath: 'src/pages/login/fixture.tsx',
    code: importing('@/api/endpoints/auth'),
    rule: 'import/no-restricted-paths',
    says: 'Pages call no endpoint',
  },
  {
    // routes.ts imports pages.ts on disk; this version of pages.ts imports routes back.
    name: 'cycle',
    filePath: 'src/navigation/pages.ts',
    code: importing('./routes'),
    rule: 'import/no-cycle',
    says: 'Dependency cycle',
  },
  {
    name: 'page path literal outside src/navigation',
    filePath: 'src/features/requests/fixture.ts',
    code: "export const url = '/pages/requests/index'\n",
    rule: 'no-restricted-syntax',
    says: 'Page paths live in src/navigation',
  },
  {
    name: 'page path in a template outside src/navigation',
    filePath: 'src/specialist/workbench/fixture.ts',
    code: 'export const url = (id: string) => `/specialist/request/index?id=${id}`\n',
    rule: 'no-restricted-syntax',
    says: 'Page paths live in src/navigation',
  },
]

const allowed: (Snippet & { name: string })[] = [
  {
    name: 'page → feature',
    filePath: 'src/pages/login/fixture.tsx',
    code: importing('@/features/auth/use-login'),
  },
  {
    name: 'page → contract types',
    filePath: 'src/pages/fixture.ts',
    code: importing('@/api/contract/schemas/common'),
  },
  {
    name: 'feature → store',
    filePath: 'src/features/salons/fixture.ts',
    code: importing('@/stores/session-store'),
  },
  {
    name: 'feature → the shared session module',
    filePath: 'src/features/requests/fixture.ts',
    code: importing('@/features/session/use-me'),
  },
  {
    name: 'chat → the requests read hooks (written exception)',
    filePath: 'src/features/chat/fixture.ts',
    code: importing('@/features/requests/use-requests'),
  },
  {
    name: 'the mock backend loader → mock',
    filePath: 'src/api/adapters/mock-backend.ts',
    code: importing('../../../mock/backend'),
  },
  {
    name: 'mock → contract',
    filePath: 'mock/handlers/fixture.ts',
    code: importing('../../src/api/contract/routes'),
  },
  { name: 'contract → zod', filePath: 'src/api/contract/schemas/fixture.ts', code: importing('zod') },
  { name: 'api → utils', filePath: 'src/api/http/fixture.ts', code: importing('@/utils/id') },
  {
    name: 'a page path inside src/navigation',
    filePath: 'src/navigation/fixture.ts',
    code: "export const url = '/pages/requests/index'\n",
  },
  {
    name: 'strings that only look close to a page path',
    filePath: 'src/features/requests/fixture.ts',
    code: "export const role = 'admin'\nexport const api = '/api/v1/salons'\n",
  },
]

function lint(snippets: Snippet[]): Promise<Linted[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [path.join(__dirname, 'lint-snippets.mjs')],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
    )
    child.stdin?.end(JSON.stringify(snippets))
  })
}

let results: Linted[]

// One ESLint process for every snippet: loading the config and the TypeScript resolver is the slow part.
beforeAll(async () => {
  results = await lint([...forbidden, ...allowed])
}, 120_000)

describe('boundaries the linter enforces', () => {
  it.each(forbidden.map((snippet, index) => [snippet.name, index] as const))('refuses %s', (_name, index) => {
    const snippet = forbidden[index] as (typeof forbidden)[number]
    const { messages } = results[index] as Linted
    expect(messages).toContainEqual({ ruleId: snippet.rule, message: expect.stringContaining(snippet.says) })
  })

  it.each(allowed.map((snippet, index) => [snippet.name, index] as const))('allows %s', (_name, index) => {
    expect((results[forbidden.length + index] as Linted).messages).toEqual([])
  })
})
