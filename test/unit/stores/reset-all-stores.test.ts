import { create } from 'zustand'

import { useDraftStore } from '@/stores/draft-store'

// One mechanism resets every store between tests (test/__mocks__/zustand.ts): a store the suite
// never listed by hand, created right here, is reset as well as the app's own.
const useCounter = create<{ count: number; bump: () => void }>()((set) => ({
  count: 0,
  bump: () => set((state) => ({ count: state.count + 1 })),
}))

describe('store reset between tests', () => {
  it('lets a test change stores', () => {
    useCounter.getState().bump()
    useDraftStore.getState().saveDraft('request:test', { title: '草稿' })
    expect(useCounter.getState().count).toBe(1)
  })

  it('finds every store as it was created in the next test', () => {
    expect(useCounter.getState().count).toBe(0)
    expect(useDraftStore.getState().drafts).toEqual({})
  })
})
