import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

import { taroStorage } from '@/utils/taro-storage'

export const DEFAULT_QUICK_REPLIES = [
  '您好，我是您的专员，有什么可以帮您？',
  '材料已收到，我们会尽快办理。',
  '请补充营业执照副本照片。',
  '办理进度有更新会第一时间通知您。',
]

interface QuickReplyState {
  replies: string[]
  add: (text: string) => void
  remove: (index: number) => void
}

/** A specialist's 常用语: kept on the phone, edited in the chat room. */
export const useQuickReplyStore = create<QuickReplyState>()(
  persist(
    (set) => ({
      replies: DEFAULT_QUICK_REPLIES,
      add: (text) => {
        const reply = text.trim()
        if (reply)
          set((state) => ({ replies: [...state.replies.filter((r) => r !== reply), reply].slice(-30) }))
      },
      remove: (index) => set((state) => ({ replies: state.replies.filter((_, i) => i !== index) })),
    }),
    { name: 'qfgj-quick-replies', version: 1, storage: createJSONStorage(() => taroStorage) },
  ),
)
