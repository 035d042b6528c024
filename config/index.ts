import path from 'node:path'

import { defineConfig, type UserConfigExport } from '@tarojs/cli'

import devConfig from './dev'
import { appEnv } from './env'
import { addMockBackendPackages } from './mock-backend-package'
import prodConfig from './prod'

const MOCK_ORIGIN = `http://${process.env.MOCK_HOST ?? '127.0.0.1'}:${process.env.MOCK_PORT ?? '9527'}`

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'qifu-guanjia',
    date: '2026-11-27',
    // NutUI is drawn at 375; our own styles at Taro's usual 750.
    designWidth(input) {
      const file = typeof input === 'object' ? input?.file?.replace(/\\+/g, '/') : undefined
      return file?.includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // TARO_OUTPUT_DIR lets parallel builds (e.g. two developers' browser tests) keep apart.
    outputRoot: process.env.TARO_OUTPUT_DIR ?? `dist/${process.env.TARO_ENV}`,
    // WeChat reads role and aria-* only once its template carries them (see the plugin).
    plugins: [path.resolve(__dirname, 'a11y/plugin.ts')],
    env: appEnv(),
    alias: { '@': path.resolve(__dirname, '..', 'src') },
    defineConstants: {},
    // H5: the favicon at the site root, where browsers look for it.
    copy: {
      patterns:
        process.env.TARO_ENV === 'h5'
          ? [
              {
                from: 'src/assets/favicon.ico',
                to: `${process.env.TARO_OUTPUT_DIR ?? 'dist/h5'}/favicon.ico`,
              },
            ]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      // mock/ sits beside src/ and is bundled in mock mode, so it is compiled like src/.
      compile: { include: [path.resolve(__dirname, '..', 'mock')] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      // Modules only subpackages use go into each of them (sub-common), except the role tab bar and its
      // icons: specialist and admin both show it, so one copy in the main package (~19 KB) beats one in
      // each (the app shell only reads the tab list, features/session/role-tabs.ts).
      optimizeMainPackage: {
        enable: true,
        exclude: [
          (module: { resource?: string }) =>
            /src[\\/](features[\\/]session[\\/]role-tab-bar|assets[\\/]tab[\\/])/.test(module.resource ?? ''),
        ],
      },
      // Component CSS order across pages does not matter (each is scoped by class name).
      miniCssExtractPluginOption: { ignoreOrder: true },
      // The default (mock-mode) WeChat build fetches its in-process backend from two subpackages.
      // (prod.ts has a webpackChain too: Taro's config merge calls both.)
      webpackChain(chain) {
        addMockBackendPackages(chain)
      },
    },
    h5: {
      compile: { include: [path.resolve(__dirname, '..', 'mock')] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      devServer: {
        host: '127.0.0.1',
        port: Number(process.env.H5_PORT ?? 10086),
        // The mock server owns /api and its WebSocket; two tabs on the dev server share one backend.
        proxy: [{ context: ['/api'], target: MOCK_ORIGIN, ws: true, changeOrigin: true }],
      },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
