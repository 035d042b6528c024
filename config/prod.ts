import path from 'node:path'

import type { UserConfigExport } from '@tarojs/cli'
import type Chain from 'webpack-chain'

import { MinifyWxmlPlugin } from './minify-wxml'

// SIZE_SOURCE_MAPS=1: a build for `npm run size -- --explain` only (its own TARO_OUTPUT_DIR), whose
// source maps say which package each byte came from; shipped builds carry none.
const sourceMaps = process.env.SIZE_SOURCE_MAPS === '1'

/** NutUI's theme without its two base64 number fonts (see strip-nutui-fonts.js), on both targets. */
function stripNutuiFonts(chain: Chain) {
  chain.module
    .rule('strip-nutui-fonts')
    .test(/nutui-react-taro[\\/]dist[\\/]styles[\\/]themes[\\/]default\.css$/)
    .enforce('pre')
    .use('strip-nutui-fonts')
    .loader(path.resolve(__dirname, 'strip-nutui-fonts.js'))
}

export default {
  // Both minifiers are Taro's production defaults; they are spelled out because WeChat's code-quality
  // scan (npm run check:weapp) fails a package whose JS or WXSS is not compressed.
  // Taro's weapp defaults print ES5 with every non-ASCII character escaped (中 → \u4e2d, twice the bytes)
  // and switch most of terser's compression off. The compile target is ES2015+ (browserslist in
  // package.json), so print that, keep Chinese as UTF-8, and let terser inline and fold as it does on H5
  // (typeofs stays off: `typeof x == 'undefined'` must not become `x === void 0` for WeChat's globals).
  terser: {
    enable: true,
    config: {
      compress: {
        ecma: 2015,
        arrows: true,
        collapse_vars: true,
        comparisons: true,
        computed_props: true,
        hoist_props: true,
        inline: true,
        loops: true,
        properties: true,
        reduce_funcs: true,
        reduce_vars: true,
        switches: true,
        passes: 2,
      },
      output: { ecma: 2015, ascii_only: false },
    },
  },
  csso: { enable: true },
  mini: {
    ...(sourceMaps ? { enableSourceMap: true, sourceMapType: 'source-map' } : {}),
    // WXML is the third file type the scan wants compressed; Taro leaves its templates indented.
    webpackChain(chain) {
      chain.plugin('minify-wxml').use(MinifyWxmlPlugin)
      stripNutuiFonts(chain)
    },
  },
  h5: {
    // Keep H5 first load small: vendors split by Taro's defaults, no source maps in production.
    enableSourceMap: sourceMaps,
    ...(sourceMaps ? { sourceMapType: 'source-map' } : {}),
    // Taro inlines images under 2 KB as base64 into the JS that imports them: that put the tab-bar icons
    // (app.config) into the first load (~10 KB that gzip hardly shrinks). As files, an icon loads when a
    // tab bar shows it; a hash in the name lets the server mark it immutable (mock/static-files.ts), so a
    // second visit doesn't ask for it again.
    imageUrlLoaderOption: { limit: 1024, name: 'static/images/[name].[contenthash:8][ext]' },
    webpackChain(chain) {
      stripNutuiFonts(chain)
      chain.module
        .rule('strip-weui-font')
        .test(/@tarojs[\\/]components[\\/]dist[\\/]taro-components[\\/]taro-components\.css$/)
        .enforce('pre')
        .use('strip-weui-font')
        .loader(path.resolve(__dirname, 'strip-weui-font.js'))
      // Taro's H5 API bundles fetch and AbortController polyfills; every browser of the compile target
      // (browserslist: iOS 12+, Chrome 69+) has both, so they are left out of the first load.
      const empty = path.resolve(__dirname, 'empty-module.js')
      chain.resolve.alias.set('whatwg-fetch$', empty)
      chain.resolve.alias.set('abortcontroller-polyfill/dist/abortcontroller-polyfill-only$', empty)
      chain.resolve.alias.set('jsonp-retry$', path.resolve(__dirname, 'no-jsonp.js'))
      // Taro splits only initial chunks, so each page chunk repeated the wrappers and NutUI it shares
      // with others (~54 KB a page): what two page chunks share becomes a chunk of its own, loaded with
      // them, not with the first load (Taro's own groups stay initial-only).
      const splitChunks = chain.optimization.get('splitChunks') as
        | { cacheGroups?: Record<string, unknown> }
        | undefined
      if (splitChunks)
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            pagesShared: {
              chunks: 'async',
              minChunks: 2,
              minSize: 10_000,
              priority: -5,
              reuseExistingChunk: true,
            },
          },
        })
    },
  },
} satisfies UserConfigExport<'webpack5'>
