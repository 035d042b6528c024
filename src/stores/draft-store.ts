import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

import { taroStorage } from '@/utils/taro-storage'

type DraftValues = Record<string, unknown>

interface DraftState {
  drafts: Record<string, DraftValues>
  saveDraft: (key: string, values: DraftValues) => void
  clearDraft: (key: string) => void
}

/**
 * What a user typed into a form, kept in storage until it is submitted: leaving the page, a failed
 * submit, an expired session or a restart lose nothing. Keys name the form ('request:bank_account').
 */
export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      saveDraft: (key, values) => set((state) => ({ drafts: { ...state.drafts, [key]: values } })),
      clearDraft: (key) =>
        set((state) => {
          const { [key]: _removed, ...rest } = state.drafts
          return { drafts: rest }
        }),
    }),
    { name: 'qfgj-drafts', version: 1, storage: createJSONStorage(() => taroStorage) },
  ),
)
