import type { Compiler } from 'webpack'

// miniprogram-ci keeps this module's types apart (dist/@types), where a deep import does not find them.
type MinifyWxmlModule =
  typeof import('miniprogram-ci/dist/@types/modules/corecompiler/original/workerThread/task/minifywxml')
const MINIFIER = 'miniprogram-ci/dist/modules/corecompiler/original/workerThread/task/minifywxml'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { minifyWXML } = require(MINIFIER) as MinifyWxmlModule

const NAME = 'MinifyWxmlPlugin'

/** WeChat's WXML minifier on one file; throws with the file and WeChat's line:col message. */
export async function minifyWxml(code: string, filePath: string): Promise<string> {
  const result = await minifyWXML({ code, filePath })
  if (result.error || result.code === undefined) {
    throw new Error(`${filePath}: ${String(result.error?.message ?? 'no output')}`)
  }
  return result.code
}

/**
 * Compresses every .wxml of the weapp build with WeChat's own WXML minifier (the one miniprogram-ci and
 * DevTools run at upload when `minifyWXML` is on). Taro's `mini.minifyXML` is not used: it runs
 * html-minifier, which drops `</input>` as if WXML were HTML, and WeChat's compiler then rejects base.wxml
 * ("expect end-tag `input`"). Runs after Taro has written its templates (stage ADDITIONAL).
 */
export class MinifyWxmlPlugin {
  apply(compiler: Compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        async (assets) => {
          for (const name of Object.keys(assets).filter((file) => file.endsWith('.wxml'))) {
            const source = assets[name]?.source()
            if (source === undefined) continue
            try {
              const code = await minifyWxml(source.toString(), name)
              compilation.updateAsset(name, new sources.RawSource(code))
            } catch (error) {
              compilation.errors.push(new WebpackError(`${NAME}: ${(error as Error).message}`))
            }
          }
        },
      )
    })
  }
}
