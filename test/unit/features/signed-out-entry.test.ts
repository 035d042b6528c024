import { enterSignedOutAtLogin } from '@/features/auth/signed-out-entry'
import { useSessionStore } from '@/stores/session-store'

function visit(hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
}

describe('a signed-out visit on H5', () => {
  afterEach(() => useSessionStore.setState({ token: null, user: null }))

  it('opens 登录 when it comes to the site root or to 首页', () => {
    for (const hash of ['', '#/', '#/pages/home/index']) {
      visit(hash)
      enterSignedOutAtLogin()
      expect(window.location.hash).toBe('#/pages/login/index')
    }
  })

  it('leaves a deep link to the guard (login returns there)', () => {
    visit('#/pages/requests/detail/index?id=req-1')
    enterSignedOutAtLogin()
    expect(window.location.hash).toBe('#/pages/requests/detail/index?id=req-1')
  })

  it('leaves a signed-in visit alone', () => {
    useSessionStore.setState({ token: 't' })
    visit('')
    enterSignedOutAtLogin()
    expect(window.location.hash).toBe('')
  })
})
