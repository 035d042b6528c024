import { useEffect } from 'react'

import { usePreferencesStore } from '@/stores/preferences-store'

/** The class that switches the theme's tokens to 关怀模式 (src/styles/theme.scss). */
export const CARE_CLASS = 'care'

/**
 * The class list for a page's root view: `base`, plus `care` in 关怀模式. Every page's root uses it,
 * because WeChat gives no class to toggle on `page` itself; CSS variables set on the root view
 * reach everything the page draws. On H5 the class also goes on <html>, for what NutUI draws
 * outside the page (toasts, dialogs).
 */
export function useCareClass(base: string): string {
  const careMode = usePreferencesStore((state) => state.careMode)
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
    document.documentElement.classList.toggle(CARE_CLASS, careMode)
  }, [careMode])
  return careMode ? `${base} ${CARE_CLASS}` : base
}
