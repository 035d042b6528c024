import type { Compiler } from 'webpack'
import type Chain from 'webpack-chain'

import { bundleMockBackend, type BundleFile } from './bundle'

/**
 * The default (in-process mock) WeChat build carries the whole mock backend: handlers, the seed, the
 * contract's schemas and classic zod (~230 KB). In the main package that is downloaded before the first
 * screen; here it goes into two subpackages without pages, `mock-contract/` and `mock-backend/`, which
 * the app fetches with WeChat's 分包异步化 `require.async` on its first API call
 * (src/api/adapters/mock-backend.weapp.ts). WeChat downloads the two in parallel.
 *
 * webpack can't emit plain JS into a subpackage for `require.async`, so the backend is bundled apart
 * with esbuild (bundle.ts) and added to the build's assets, and app.json gains the subpackages. A remote
 * build (what ships) has no mock at all and is left alone, as is H5.
 */
export const MOCK_PACKAGES = { contract: 'mock-contract', backend: 'mock-backend' } as const

const NAME = 'MockBackendPackagePlugin'

/** Adds the subpackages to app.json (Taro has written it by this stage). */
function withSubpackages(appJson: string): string {
  const app = JSON.parse(appJson) as { subPackages?: { root: string; pages: string[] }[] }
  const roots: string[] = Object.values(MOCK_PACKAGES)
  const others = (app.subPackages ?? []).filter((pkg) => !roots.includes(pkg.root))
  app.subPackages = [...others, ...roots.map((root) => ({ root, pages: [] }))]
  return JSON.stringify(app)
}

export class MockBackendPackagePlugin {
  constructor(private readonly options: { minify: boolean; sourceMaps: boolean }) {}

  apply(compiler: Compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        // After Taro's app.json (ADDITIONAL) and after terser (OPTIMIZE_SIZE): esbuild minifies these.
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        async () => {
          try {
            const bundle = await bundleMockBackend(this.options)
            const emit = (root: string, file: BundleFile) => {
              compilation.emitAsset(`${root}/index.js`, new sources.RawSource(file.code))
              if (file.map) compilation.emitAsset(`${root}/index.js.map`, new sources.RawSource(file.map))
            }
            emit(MOCK_PACKAGES.contract, bundle.contract)
            emit(MOCK_PACKAGES.backend, bundle.backend)
            // A watch build (npm run dev:weapp) rebuilds when a mock or contract file changes.
            for (const input of bundle.inputs) compilation.fileDependencies.add(input)
            const appJson = compilation.getAsset('app.json')
            if (!appJson) throw new Error('app.json is not among the assets')
            const patched = withSubpackages(appJson.source.source().toString())
            compilation.updateAsset('app.json', new sources.RawSource(patched))
          } catch (error) {
            compilation.errors.push(new WebpackError(`${NAME}: ${String((error as Error).message ?? error)}`))
          }
        },
      )
    })
  }
}

/** For `mini.webpackChain`: only a weapp build in mock mode gets the subpackages. */
export function addMockBackendPackages(chain: Chain): void {
  if (process.env.TARO_ENV !== 'weapp') return
  if ((process.env.TARO_APP_API_MODE ?? 'mock') === 'remote') return
  const minify = process.env.NODE_ENV !== 'development'
  // SIZE_SOURCE_MAPS=1: maps for `npm run size -- --explain`, as config/prod.ts does for the app.
  const sourceMaps = process.env.SIZE_SOURCE_MAPS === '1'
  chain.plugin('mock-backend-package').use(MockBackendPackagePlugin, [{ minify, sourceMaps }])
}
