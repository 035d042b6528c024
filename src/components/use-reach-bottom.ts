import { useReachBottom as useTaroReachBottom } from '@tarojs/taro'

/**
 * Calls `onReachBottom` when the page is scrolled to its end (a long list asks for its next page).
 * WeChat's own page event is what this is; H5 has its own version of this file (use-reach-bottom.h5.ts),
 * which Taro picks for the H5 build.
 */
export function useReachBottom(onReachBottom: () => void): void {
  useTaroReachBottom(onReachBottom)
}
