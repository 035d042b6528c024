import type { UserConfigExport } from '@tarojs/cli'
import type { Compiler } from 'webpack'

// `npm start` (the H5 dev server) and `npm run dev:weapp`. What a newcomer waits for is the first
// build, and what they read is its log: both are kept short here.

const MOCK_ORIGIN = `http://${process.env.MOCK_HOST ?? '127.0.0.1'}:${process.env.MOCK_PORT ?? '9527'}`
const H5_URL = `http://127.0.0.1:${process.env.H5_PORT ?? '10086'}`

/** Waits (briefly) for the mock backend, so "ready" means the page can also log in. */
async function mockIsUp(): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    try {
      await fetch(`${MOCK_ORIGIN}/api/v1/auth/demo-accounts`)
      return true
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  return false
}

/** One line once the first build is served: where to open the app (and whether the backend is up). */
class ReadyLinePlugin {
  apply(compiler: Compiler): void {
    let said = false
    compiler.hooks.done.tapPromise('ReadyLinePlugin', async (stats) => {
      if (said || stats.hasErrors()) return
      said = true
      const seconds = Math.round(process.uptime())
      const mock = (await mockIsUp()) ? '' : `（模拟后端 ${MOCK_ORIGIN} 没有响应，请看 mock 的日志）`
      console.log(`\n企服管家已就绪：${H5_URL}  （用时 ${seconds} 秒）${mock}\n`)
    })
  }
}

export default {
  // Taro's quiet logger: one line per build instead of a progress bar, which without a TTY (an
  // editor's terminal, concurrently's prefixed output) is printed as thousands of lines.
  logger: { quiet: true, stats: false },
  // webpack's filesystem cache (node_modules/.cache/webpack): a second start reuses the first's work.
  cache: { enable: true },
  mini: {},
  h5: {
    // Source maps for our code (fast eval maps, lines only); none for node_modules, which took most
    // of the first build's time and which nobody steps through.
    enableSourceMap: false,
    webpackChain(chain, webpack) {
      chain
        .plugin('src-source-maps')
        .use(webpack.EvalSourceMapDevToolPlugin, [{ exclude: /node_modules/, module: true, columns: false }])
      // Errors and warnings only; the dev server's own banner (addresses, static paths) is left out
      // for the one ready line below.
      chain.stats('errors-warnings')
      chain.merge({ infrastructureLogging: { level: 'warn' } })
      chain.plugin('ready-line').use(ReadyLinePlugin)
    },
    devServer: { client: { logging: 'warn', overlay: { errors: true, warnings: false } } },
  },
} satisfies UserConfigExport<'webpack5'>
