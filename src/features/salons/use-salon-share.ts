import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useEffect, useRef } from 'react'

import { routes } from '@/navigation/routes'

import { posterSrc } from './salon-links'
import { useSalon } from './use-salons'

/**
 * WeChat's share menu for a salon page: the card a friend receives shows the salon's title and its
 * poster, and opens this page. Called by the page (WeChat asks the page, not a component); on H5
 * there is no share menu, so the hooks do nothing there.
 */
export function useSalonShare(id: string | undefined) {
  // The page's own useSalon keeps this copy current (one fetch per change, not one per hook).
  const salon = useSalon(id, { live: false })
  // WeChat keeps the first callback the page registered: it reads the salon through a ref.
  const latest = useRef(salon.data)
  latest.current = salon.data
  useEffect(() => {
    // WeChat only: H5 has no share menu to show.
    if (process.env.TARO_ENV !== 'weapp') return
    // menus defaults to the share card alone (no 朋友圈): what this page offers.
    void Taro.showShareMenu({ withShareTicket: false }).catch(() => undefined)
  }, [])
  useShareAppMessage(() => {
    const data = latest.current
    const poster = data ? posterSrc(data) : undefined
    return {
      title: data ? `${data.title} · 企业家沙龙` : '企业家沙龙',
      path: id ? routes.salonDetail({ id }) : routes.salons(),
      ...(poster ? { imageUrl: poster } : {}),
    }
  })
}
