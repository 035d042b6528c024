import type { UserConfigExport } from '@tarojs/cli'

import { MinifyWxmlPlugin } from './minify-wxml'

export default {
  // Both minifiers are Taro's production defaults; they are spelled out because WeChat's code-quality
  // scan (npm run check:weapp) fails a package whose JS or WXSS is not compressed.
  terser: { enable: true },
  csso: { enable: true },
  mini: {
    // WXML is the third file type the scan wants compressed; Taro leaves its templates indented.
    webpackChain(chain) {
      chain.plugin('minify-wxml').use(MinifyWxmlPlugin)
    },
  },
  h5: {
    // Keep H5 first load small: vendors split by Taro's defaults, no source maps in production.
    enableSourceMap: false,
  },
} satisfies UserConfigExport<'webpack5'>
