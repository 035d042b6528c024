import Taro from '@tarojs/taro'
import { cleanup } from '@testing-library/react'

import { getMockBackend } from '@/api/adapters/mock-adapter'
import { wireSession } from '@/features/auth/session-wiring'

// test/__mocks__/zustand.ts records every store as it is created; this is the one place that resets them.
// (A plain require: jest.requireMock would load a second copy that has seen no store.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { resetAllStores } = require('zustand') as { resetAllStores: () => void }

// As app.tsx does at start: calls carry the session's token, the socket follows the session.
wireSession()

// No router runs in jest: navigation is recorded, not performed (tests assert on these spies).
beforeEach(() => {
  for (const api of ['reLaunch', 'navigateTo', 'redirectTo', 'switchTab', 'navigateBack'] as const) {
    jest.spyOn(Taro, api).mockResolvedValue({ errMsg: `${api}:ok` })
  }
})

// Every test starts signed out, with empty storage, every store as created and a freshly seeded
// in-process backend.
afterEach(() => {
  cleanup() // unmount first, so resetting the stores below re-renders nothing
  resetAllStores()
  localStorage.clear()
  getMockBackend().reset()
})

// Taro's H5 <Input> and <Textarea> are Stencil web components whose value watcher writes to their
// inner element; under jsdom that element is never rendered, so a test typing into one logs a
// TypeError no browser can produce (the journeys type into real inputs). Only that report is dropped.
const reportError = console.error.bind(console)
console.error = (...args: unknown[]) => {
  const [first] = args
  if (first instanceof TypeError && /watchValue[\s\S]*taro-(input|textarea)-core/.test(first.stack ?? ''))
    return
  reportError(...args)
}
