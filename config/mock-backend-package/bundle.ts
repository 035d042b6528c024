import path from 'node:path'

import type { BuildOptions, Metafile, Plugin } from 'esbuild'

import { appEnv } from '../env'

/**
 * The in-process mock backend for the WeChat build, as two plain CommonJS files for two subpackages
 * (index.ts says why): `contract` is what the mock uses from src/ (the contract's schemas and
 * rules) with zod; `backend` is mock/ itself (handlers, domain, seed), which reaches src/ only through
 * the function `__mockShared(id)` its wrapper receives:
 *
 *   const contract = require('mock-contract/index.js')          // { modules: { 'src/…': namespace } }
 *   const backend = require('mock-backend/index.js')(contract.modules)   // mock/backend's exports
 *
 * Two files because each subpackage has a 150 KB budget and the whole is over it; split there because
 * the contract is a leaf (it never imports mock/), so the seam is one-way.
 */

const ROOT = path.resolve(__dirname, '..', '..')
const MOCK_DIR = path.join(ROOT, 'mock')
const ENTRY = path.join(MOCK_DIR, 'backend.ts')

/** A file of the bundle, with its source map when asked for (SIZE_SOURCE_MAPS builds, for `size --explain`). */
export interface BundleFile {
  code: string
  map?: string
}

export interface MockBackendBundle {
  backend: BundleFile
  contract: BundleFile
  /** Source files read (not node_modules), for a watch build. */
  inputs: string[]
}

/** `process.env.X` as the app's own bundle sees it (Taro inlines the same keys there). */
function defines(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(appEnv())) env[`process.env.${key}`] = value
  env['process.env.NODE_ENV'] = JSON.stringify(process.env.NODE_ENV ?? 'production')
  env['process.env.TARO_ENV'] = JSON.stringify('weapp')
  return env
}

const common: BuildOptions = {
  bundle: true,
  write: false,
  metafile: true,
  // WeChat's logic layer is neither Node nor a browser: a Node built-in here fails the build.
  platform: 'neutral',
  mainFields: ['module', 'main'],
  // Bundled as the newest syntax first, lowered afterwards (lower()): bundling for an older target
  // rewrites zod's `export * as` into namespace objects, which keeps all 49 of its locales (+170 KB).
  target: 'esnext',
  tsconfig: path.join(ROOT, 'tsconfig.json'),
  define: defines(),
  legalComments: 'none',
  logLevel: 'silent',
}

interface Options {
  minify: boolean
  sourceMaps: boolean
}

/**
 * To the floor of browserslist in package.json (WeChat on iOS 12+, Android's Chrome 69+), minified. A
 * build, not a transform, because a build reads the bundle's inline source map: the map written here
 * then points at the original files (mock/seed/…, node_modules/zod/…), relative to the project root.
 */
async function lower(
  esbuild: typeof import('esbuild'),
  bundled: string,
  name: string,
  { minify, sourceMaps }: Options,
): Promise<BundleFile> {
  const result = await esbuild.build({
    stdin: { contents: bundled, sourcefile: `${name}.bundle.js`, resolveDir: ROOT, loader: 'js' },
    outfile: path.join(ROOT, `${name}.js`),
    write: false,
    target: ['es2018', 'chrome69', 'safari12'],
    minify,
    // Chinese messages stay UTF-8 (as terser is told for the app's own bundle), not \uXXXX escapes.
    charset: 'utf8',
    legalComments: 'none',
    sourcemap: sourceMaps ? 'external' : false,
    logLevel: 'silent',
  })
  const files = result.outputFiles ?? []
  return {
    code: files.find((file) => file.path.endsWith('.js'))?.text ?? '',
    map: files.find((file) => file.path.endsWith('.map'))?.text,
  }
}

const keyOf = (file: string) => path.relative(ROOT, file).split(path.sep).join('/')

/** mock/ → src/ imports become `__mockShared('src/…')`; the ids used are collected in `used`. */
function sharedFromContract(used: Set<string>): Plugin {
  return {
    name: 'mock-shared',
    setup(build) {
      // Relative paths and the `@/` alias (tsconfig paths): however mock/ names a file of src/.
      build.onResolve({ filter: /^(\.\.?|@)\// }, async (args) => {
        if (args.pluginData === 'mock-shared' || !args.importer.startsWith(MOCK_DIR)) return undefined
        const resolved = await build.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: 'mock-shared',
        })
        if (resolved.errors.length || resolved.path.startsWith(MOCK_DIR)) return undefined
        const id = keyOf(resolved.path)
        used.add(id)
        return { path: id, namespace: 'mock-shared' }
      })
      build.onLoad({ filter: /.*/, namespace: 'mock-shared' }, (args) => ({
        contents: `module.exports = __mockShared(${JSON.stringify(args.path)})`,
        loader: 'js',
      }))
    },
  }
}

const sourceInputs = (metafile: Metafile | undefined) =>
  Object.keys(metafile?.inputs ?? {})
    .filter((input) => !input.includes('node_modules') && !input.includes(':'))
    .map((input) => path.resolve(ROOT, input))

export async function bundleMockBackend(options: Options): Promise<MockBackendBundle> {
  // esbuild is required here, not at the top: only a mock-mode weapp build needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild')
  const used = new Set<string>()
  const sourcemap = options.sourceMaps ? 'inline' : false
  const backend = await esbuild.build({
    ...common,
    sourcemap,
    entryPoints: [ENTRY],
    format: 'iife',
    globalName: '__mockBackend',
    // The wrapper as banner and footer (not pasted around the output) keeps the source map's lines true.
    banner: {
      js: 'module.exports=function(shared){function __mockShared(id){if(!(id in shared))throw new Error("mock-contract has no "+id);return shared[id]}',
    },
    footer: { js: 'return __mockBackend}' },
    plugins: [sharedFromContract(used)],
  })
  // The split holds only if zod and the contract come through __mockShared, never bundled twice.
  const twice = Object.keys(backend.metafile?.inputs ?? {}).filter((input) =>
    /node_modules[/\\]zod[/\\]/.test(input),
  )
  if (twice.length)
    throw new Error(`mock-backend would bundle zod itself (${twice[0]}): import it through src/api/contract`)
  const ids = [...used].sort()
  const facade = [
    ...ids.map((id, i) => `import * as m${i} from ${JSON.stringify(`./${id}`)}`),
    `export const modules = {${ids.map((id, i) => `${JSON.stringify(id)}: m${i}`).join(', ')}}`,
  ].join('\n')
  const contract = await esbuild.build({
    ...common,
    sourcemap,
    stdin: { contents: facade, resolveDir: ROOT, sourcefile: 'mock-contract.js', loader: 'js' },
    format: 'cjs',
  })
  return {
    backend: await lower(esbuild, backend.outputFiles?.[0]?.text ?? '', 'mock-backend', options),
    contract: await lower(esbuild, contract.outputFiles?.[0]?.text ?? '', 'mock-contract', options),
    inputs: [...sourceInputs(backend.metafile), ...sourceInputs(contract.metafile)],
  }
}
