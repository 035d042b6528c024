import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

import { taroStorage } from '@/utils/taro-storage'

interface PreferencesState {
  /** 关怀模式: larger type and larger targets on every screen. */
  careMode: boolean
  setCareMode: (on: boolean) => void
}

/**
 * How this phone's user likes the app to look. Persisted, and kept apart from the session: a
 * preference of the person holding the phone survives logging out and in again.
 */
export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      careMode: false,
      setCareMode: (careMode) => set({ careMode }),
    }),
    {
      name: 'qfgj-preferences',
      version: 1,
      storage: createJSONStorage(() => taroStorage),
      partialize: ({ careMode }) => ({ careMode }),
    },
  ),
)
