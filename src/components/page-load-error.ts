import Taro from '@tarojs/taro'

import { replace } from '@/navigation/go'
import { toPageUrl } from '@/navigation/routes'

// H5 only: each page is a lazy chunk (JS and CSS) that Taro's router imports when the page opens. When
// that request fails (offline, a flaky network), the router's promise rejects unhandled: the address
// bar already names the new page, the old one stays on screen, and nothing tells the user. WeChat
// downloads a package before it opens a page and reports failures itself, so it needs none of this.

/** webpack's JS chunk error (ChunkLoadError) and mini-css-extract's CSS one (CSS_CHUNK_LOAD_FAILED). */
export function isChunkLoadError(reason: unknown): boolean {
  if (!reason || typeof reason !== 'object') return false
  const { name, code, message } = reason as { name?: unknown; code?: unknown; message?: unknown }
  return (
    name === 'ChunkLoadError' ||
    code === 'CSS_CHUNK_LOAD_FAILED' ||
    (typeof message === 'string' && /Loading (CSS )?chunk \S+ failed/.test(message))
  )
}

/** The page the address bar names (hash routing: '#/pages/x/index?id=1'), if it is one of ours. */
function pageInAddressBar() {
  return toPageUrl(window.location.hash.replace(/^#/, ''))
}

let asking = false

async function offerRetry(): Promise<void> {
  if (asking) return // the JS and the CSS chunk of one page fail together: one dialog
  asking = true
  try {
    const { confirm } = await Taro.showModal({
      title: '页面没有打开',
      content: '网络不可用，请检查网络连接后重试。',
      confirmText: '重试',
      cancelText: '取消',
      confirmColor: '#1f6feb', // Taro's default green reads at 2.3:1 on white
    })
    const url = pageInAddressBar()
    // Opened again in place of the page still showing: the router only loads a page when the address
    // changes, and the address already names this one.
    if (confirm && url) await replace(url).catch(() => undefined)
  } finally {
    asking = false
  }
}

/** Catches a page that could not be loaded and says so, with 重试. */
export function wirePageLoadErrors(): void {
  window.addEventListener('unhandledrejection', (event) => {
    if (!isChunkLoadError(event.reason)) return
    event.preventDefault() // handled here: not an uncaught error
    void offerRetry()
  })
}
