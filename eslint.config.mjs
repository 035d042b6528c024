import { readdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

import js from '@eslint/js'
import importPlugin from 'eslint-plugin-import'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const root = dirname(fileURLToPath(import.meta.url))

// ---------------------------------------------------------------------------------------------------
// Boundaries. Dependencies point one way:
//   pages (src/pages, src/specialist, src/field, src/admin, src/board, src/app.tsx) → features → stores → api → adapters
// with src/components, src/utils and src/navigation as shared leaves anyone above may use, and mock/
// behind the one door of the mock adapter. Each zone below reads "files in `target` may not import
// from `from`"; the message says why. docs/architecture.md tells the same story in prose.
// ---------------------------------------------------------------------------------------------------
const PAGES = [
  './src/pages',
  './src/specialist',
  './src/field',
  './src/admin',
  './src/board',
  './src/admin-salon',
  './src/app.tsx',
]
const SHARED_LEAVES = ['./src/components', './src/utils', './src/navigation']

/**
 * Features do not import each other: what two features share goes down a layer (labels and rules to
 * src/api/contract, page URLs to src/navigation) or is composed by the page (a prop, a render slot).
 * The exceptions, each one way only (import/no-cycle keeps them from turning round):
 */
const SHARED_FEATURES = [
  // Who is signed in and their profile (GET /me): most features need it, and it needs no feature.
  './session',
]
const FEATURE_MAY_USE = {
  // A request card in a chat is the request's live view: it reads the requests feature's own cache
  // (one fetch per request, refreshed by request.updated) instead of keeping a second copy.
  chat: ['./requests/use-requests.ts'],
}
const FEATURES = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

// Every file of src/ but the mock adapter (extglob: `!(x)` is anything but x).
const SRC_BUT_MOCK_ADAPTER = [
  './src/!(api)/**',
  './src/*.*',
  './src/api/!(adapters)/**',
  './src/api/*.*',
  './src/api/adapters/!(mock-backend|mock-backend.weapp).ts',
]

const zones = [
  {
    target: ['./src/features', './src/stores', './src/api', ...SHARED_LEAVES],
    from: PAGES,
    message: 'Pages are the top layer: they compose features, and nothing imports a page.',
  },
  {
    target: ['./src/stores', './src/api', ...SHARED_LEAVES],
    from: './src/features',
    message: 'Features sit above stores, api and the shared leaves; pass what you need down instead.',
  },
  {
    target: ['./src/api', ...SHARED_LEAVES],
    from: './src/stores',
    message: 'Stores sit above api and the shared leaves; a leaf takes state as an argument.',
  },
  {
    target: './src/api',
    from: ['./src/components', './src/navigation'],
    message: 'api/ knows nothing of the UI: no components, no pages or navigation.',
  },
  {
    target: './src/utils',
    from: ['./src/api', './src/components', './src/navigation'],
    message: 'utils/ are generic helpers that know nothing of the domain or the UI.',
  },
  {
    target: './src/navigation',
    from: './src/components',
    message: 'navigation/ is a leaf: page paths and params, no UI.',
  },
  {
    target: './src/navigation',
    from: './src/api',
    except: ['./contract'],
    message: 'navigation/ is a leaf: page paths and params, with contract types at most.',
  },
  {
    target: './src/api/contract',
    from: './src',
    except: ['./api/contract'],
    message: 'The contract is shared with mock/ and the OpenAPI generator: it imports nothing else of src/.',
  },
  {
    target: './src/api/contract',
    from: './node_modules',
    except: ['./zod', './dayjs'],
    message: 'The contract depends on zod and dayjs only, so the mock and any server can load it.',
  },
  {
    target: PAGES,
    from: './src/api',
    except: ['./contract'],
    message:
      'Pages call no endpoint: data comes through a feature hook or a store (contract types are fine).',
  },
  {
    target: ['./src/!(api)/**', './src/*.*'],
    from: './src/api/adapters',
    message: 'Adapters are wired in by api/http and api/realtime only.',
  },
  {
    target: SRC_BUT_MOCK_ADAPTER,
    from: './mock',
    message: 'mock/ is reached only through src/api/adapters/mock-backend(.weapp).ts (and tests).',
  },
  {
    target: './mock',
    from: './src',
    except: ['./api/contract'],
    message: 'mock/ implements the contract: from src/ it takes src/api/contract only.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [...new Set([`./${feature}`, ...SHARED_FEATURES, ...(FEATURE_MAY_USE[feature] ?? [])])],
    message:
      'Features do not import each other: move the shared piece down a layer or let the page pass it in ' +
      '(allowed exceptions are listed in eslint.config.mjs).',
  })),
]

/** Page paths ('/pages/…', 'specialist/…', '/admin/…') are written in src/navigation only. */
// (esquery regex: a slash inside is escaped.)
const PAGE_PATH = '^\\/?(pages|specialist|field|admin|admin-salon)\\/'
const PAGE_PATH_MESSAGE = 'Page paths live in src/navigation: build the URL with routes.x(...) from there.'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.jest } },
    plugins: { 'react-hooks': reactHooks, import: importPlugin },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      // import/no-cycle and friends parse the imported files themselves: with this parser, not espree.
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-duplicates': 'error',
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          pathGroupsExcludedImportTypes: ['builtin'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    // The zones above, for the app and the mock backend (tests may reach anything).
    files: ['src/**/*.{ts,tsx}', 'mock/**/*.ts'],
    rules: {
      'import/no-restricted-paths': ['error', { basePath: root, zones }],
      // No SCC pre-pass: here it costs more than it saves (user time 22 s with it, 7 s without), and it
      // reads the graph from disk only, so code linted from text (test/unit/lint) would escape it.
      'import/no-cycle': ['error', { ignoreExternal: true, disableScc: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    // app.config.ts keeps its own list: Taro reads that file statically, before any import runs.
    ignores: ['src/navigation/**', 'src/app.config.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=/${PAGE_PATH}/]`, message: PAGE_PATH_MESSAGE },
        { selector: `TemplateElement[value.raw=/${PAGE_PATH}/]`, message: PAGE_PATH_MESSAGE },
      ],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Taro injects these at build time.
    files: ['src/**/*.config.ts', 'src/app.config.ts'],
    languageOptions: { globals: { defineAppConfig: 'readonly', definePageConfig: 'readonly' } },
  },
)
