import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // Keep H5 first load small: vendors split by Taro's defaults, no source maps in production.
    enableSourceMap: false,
  },
} satisfies UserConfigExport<'webpack5'>
