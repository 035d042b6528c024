import { Current } from '@tarojs/runtime'

/**
 * Renders a page as if the router had opened it with these params: no router runs in jest, so
 * Current.router (what useRouter reads) is empty unless a test sets it. Cleared after each test.
 */
export function openedWith(path: string, params: Record<string, string> = {}): void {
  Current.router = { params, path, $taroPath: path, onReady: '', onHide: '', onShow: '' }
}

afterEach(() => {
  Current.router = null
})
