import Taro from '@tarojs/taro'

import { useSessionStore } from '@/stores/session-store'

const owner = { id: 'u-owner-1', name: '张伟', role: 'owner' as const, enterpriseId: 'e1' }

describe('session store', () => {
  it('persists token and user through Taro storage, so a restart keeps the session', async () => {
    useSessionStore.getState().signIn({ token: 'demo-u-owner-1', user: owner })

    const stored = Taro.getStorageSync('qfgj-session') as string
    expect((JSON.parse(stored) as { state: unknown }).state).toEqual({
      token: 'demo-u-owner-1',
      user: owner,
      returnTo: null,
    })

    // A restart: memory is empty, storage still holds what was written.
    useSessionStore.setState({ token: null, user: null })
    Taro.setStorageSync('qfgj-session', stored)
    await useSessionStore.persist.rehydrate()
    expect(useSessionStore.getState()).toMatchObject({ token: 'demo-u-owner-1', user: owner })
  })

  it('remembers where an expired session left the user, and hands that place back once', () => {
    useSessionStore.getState().signIn({ token: 't', user: owner })
    useSessionStore.getState().expire('/pages/salons/index?id=s1')

    expect(useSessionStore.getState()).toMatchObject({ token: null, user: null })
    expect(useSessionStore.getState().takeReturnTo()).toBe('/pages/salons/index?id=s1')
    expect(useSessionStore.getState().takeReturnTo()).toBeNull()
  })

  it('forgets the place after a deliberate log out, until the next sign in', () => {
    useSessionStore.getState().signIn({ token: 't', user: owner })
    useSessionStore.getState().logOut()
    useSessionStore.getState().expire('/pages/me/index') // a guard noticing the session is gone

    expect(useSessionStore.getState().takeReturnTo()).toBeNull()
    useSessionStore.getState().signIn({ token: 't2', user: owner })
    useSessionStore.getState().expire('/pages/me/index')
    expect(useSessionStore.getState().takeReturnTo()).toBe('/pages/me/index')
  })
})
