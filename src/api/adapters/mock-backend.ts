import { createBackend, type Backend } from '../../../mock/backend'

export type { Backend, MockEvent } from '../../../mock/backend'

// The in-process backend for jest and an H5 build in mock mode, bundled with the app. WeChat gets
// mock-backend.weapp.ts instead (Taro picks it), which fetches the backend from its own subpackage.

let backend: Backend | undefined

/**
 * The in-process backend, created on first use. It takes uploads described without bytes: WeChat's
 * temp files are described, not read (endpoints/files), and the same client code runs here.
 */
export function getMockBackend(): Backend {
  backend ??= createBackend({ describedUploads: true })
  return backend
}

/** The backend as the adapters reach it: asynchronously, because in WeChat it is downloaded first. */
export function loadMockBackend(): Promise<Backend> {
  return Promise.resolve(getMockBackend())
}
