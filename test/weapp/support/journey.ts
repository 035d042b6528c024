import { startBackend, type Backend } from '../harness/server'
import { Weapp, type LaunchOptions } from '../harness/weapp'

/**
 * One backend per test file (the project's mock server on a free port), reset before each test; each
 * test launches its own mini-program and must end without a problem of any kind.
 */
export function setupWeapp() {
  let backend: Backend | undefined
  let open: Weapp[] = []

  beforeAll(async () => {
    backend = await startBackend()
  })
  afterAll(async () => {
    await backend?.close()
  })
  beforeEach(async () => {
    await backend?.reset()
  })
  afterEach(async () => {
    const apps = open
    open = []
    for (const app of apps) await app.close()
  })

  return {
    get backend(): Backend {
      if (!backend) throw new Error('backend not started')
      return backend
    },
    async launch(options: LaunchOptions = {}): Promise<Weapp> {
      const app = await Weapp.launch({ backend, ...options })
      open.push(app)
      return app
    },
    /** The API as a signed-in demo user sees it (ids for deep links), straight from the backend. */
    async api<T>(path: string, userId: string): Promise<T> {
      const response = await fetch(`${backend?.server.url}/api/v1${path}`, {
        headers: { authorization: `Bearer demo-${userId}` },
      })
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`)
      return (await response.json()) as T
    },
  }
}

/** The end of every journey: nothing went wrong on the way, in any of WeChat's ways. */
export function expectClean(app: Weapp): void {
  expect(app.problems()).toEqual([])
}

/** Logs in by tapping the demo account on 登录 (first the role's row of the switch), lands on `home`. */
export async function loginAs(app: Weapp, role: '企业主' | '专员' | '管理员', name: string, home: string) {
  await app.waitForRoute('pages/login/index')
  if (role !== '企业主') await app.tap(new RegExp(`^${role}\\s*\\d*$`))
  await app.tap(name)
  await app.waitForRoute(home)
}

/** setData of the current page while `act` runs and the app settles after it. */
export async function setDataOf(app: Weapp, act: () => Promise<void>) {
  await app.settle()
  const { stats } = app.page
  stats.largestSetData = 0
  const calls = stats.setDataCalls
  const bytes = stats.setDataBytes
  await act()
  await app.settle()
  return {
    calls: stats.setDataCalls - calls,
    bytes: stats.setDataBytes - bytes,
    largest: stats.largestSetData,
  }
}
