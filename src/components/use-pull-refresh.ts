import Taro, { usePullDownRefresh } from '@tarojs/taro'

/** Pull to refresh: reload, then fold the spinner away whether the reload worked or not. */
export function usePullRefresh(reload: () => Promise<unknown>): void {
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })
}
