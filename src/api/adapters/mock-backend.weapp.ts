import type { Backend } from '../../../mock/backend'

export type { Backend, MockEvent } from '../../../mock/backend'

// WeChat only (Taro picks this file for the weapp build). The mock backend is not in the main package:
// config/mock-backend-package bundles it into two subpackages, and 分包异步化's `require.async` downloads
// and runs them on the first API call. Paths are relative to the file this code is bundled into, which
// is at the package root (common.js).

type MockBackendModule = typeof import('../../../mock/backend')
type ContractPackage = { modules: Record<string, unknown> }
type BackendPackage = (shared: Record<string, unknown>) => MockBackendModule

// webpack leaves `__non_webpack_require__` as WeChat's own `require` (whose `.async` webpack can't parse).
declare const __non_webpack_require__: { async(path: string): Promise<unknown> }

let loading: Promise<Backend> | undefined

export function loadMockBackend(): Promise<Backend> {
  loading ??= Promise.all([
    __non_webpack_require__.async('./mock-contract/index.js'),
    __non_webpack_require__.async('./mock-backend/index.js'),
  ]).then(([contract, backend]) => {
    const mock = (backend as BackendPackage)((contract as ContractPackage).modules)
    return mock.createBackend({ describedUploads: true })
  })
  // A failed download (offline at the first start) is tried again on the next call, not remembered.
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

export function getMockBackend(): Backend {
  throw new Error('In WeChat the mock backend loads asynchronously: use loadMockBackend()')
}
