import path from 'node:path'

import type { IPluginContext, TaroPlatformBase } from '@tarojs/service'

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { components } = require('./attributes') as { components: Record<string, Record<string, string>> }

type RenameProp = (name: string, value: string, componentName: string, componentAlias: unknown) => string

/**
 * Screen-reader semantics in WeChat. Taro 4's weapp template renders no ARIA attribute on view or
 * text, so `role`/`aria-*` props reach H5 (as attributes) but never the WXML. This adds them to the
 * template, writes `role` as WeChat's `aria-role`, and loads ./runtime.js so the runtime agrees on the
 * data keys. The same props then work on both targets (what @tarojs/plugin-inject does, whose releases
 * stop at 4.1).
 */
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: TaroPlatformBase) {
      if (platform.platformType !== 'mini') return
      platform.template.mergeComponents(ctx, components)
      // replacePropName is the template's hook for renaming an attribute (protected in its types).
      const template = platform.template as unknown as { replacePropName: RenameProp }
      const replacePropName = template.replacePropName.bind(template)
      template.replacePropName = (name, ...rest) =>
        name === 'role' ? 'aria-role' : replacePropName(name, ...rest)
      const runtime = path.resolve(__dirname, 'runtime.js')
      platform.runtimePath = [platform.runtimePath ?? []].flat().concat(runtime)
    },
  })
}
