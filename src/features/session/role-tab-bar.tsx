import { Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'

import checkinActive from '@/assets/tab/checkin-active.png'
import checkinIcon from '@/assets/tab/checkin.png'
import enterprisesActive from '@/assets/tab/enterprises-active.png'
import enterprisesIcon from '@/assets/tab/enterprises.png'
import meActive from '@/assets/tab/me-active.png'
import meIcon from '@/assets/tab/me.png'
import messagesActive from '@/assets/tab/messages-active.png'
import messagesIcon from '@/assets/tab/messages.png'
import salonsActive from '@/assets/tab/salons-active.png'
import salonsIcon from '@/assets/tab/salons.png'
import workbenchActive from '@/assets/tab/workbench-active.png'
import workbenchIcon from '@/assets/tab/workbench.png'
import { relaunch, replace } from '@/navigation/go'
import type { PageName } from '@/navigation/pages'
import { routes } from '@/navigation/routes'
import { selectUnreadTotal, useChatStore } from '@/stores/chat-store'

import { ROLE_TABS, type TabIcon, type TabRole } from './role-tabs'

export { roleTabPages, type TabRole } from './role-tabs'

import './role-tab-bar.scss'

const ICONS: Record<TabIcon, { icon: string; activeIcon: string }> = {
  workbench: { icon: workbenchIcon, activeIcon: workbenchActive },
  enterprises: { icon: enterprisesIcon, activeIcon: enterprisesActive },
  messages: { icon: messagesIcon, activeIcon: messagesActive },
  me: { icon: meIcon, activeIcon: meActive },
  salons: { icon: salonsIcon, activeIcon: salonsActive },
  checkin: { icon: checkinIcon, activeIcon: checkinActive },
}

function switchTo(page: PageName): void {
  const url = routes[page]()
  // A tab replaces the page it leaves, so the stack never grows; from deeper in (a tab page opened on
  // top of another, e.g. 签到 from a salon card) it starts over instead.
  let depth = 1
  try {
    depth = Taro.getCurrentPages().length
  } catch {
    // no router (unit tests): a replace is right
  }
  void (depth > 1 ? relaunch(url) : replace(url)).catch(() => undefined)
}

const badgeText = (count: number) => (count > 99 ? '99+' : String(count))

/**
 * A role's own bottom bar, fixed above the home indicator (safe area), with a spacer so the page's
 * last card is never hidden under it.
 */
export function RoleTabBar({ role, current }: { role: TabRole; current: PageName }) {
  const unread = useChatStore(selectUnreadTotal)
  useDidShow(() => {
    // A tab page is the bottom of its stack; WeChat then offers 返回首页, which is the owners' home.
    if (process.env.TARO_ENV === 'weapp') void Taro.hideHomeButton().catch(() => undefined)
  })
  return (
    <View className="role-tab-bar__spacer">
      <View className="role-tab-bar" role="tablist" aria-label="导航">
        {ROLE_TABS[role].map((tab) => {
          const active = tab.page === current
          const count = tab.unread ? unread : 0
          return (
            <View
              key={tab.page}
              className={`role-tab-bar__tab${active ? ' role-tab-bar__tab--active' : ''}`}
              role="tab"
              aria-selected={active}
              aria-label={count ? `${tab.text}，${count} 条未读` : tab.text}
              onClick={() => (active ? undefined : switchTo(tab.page))}
            >
              <View className="role-tab-bar__icon-box">
                {/* Decoration: the tab's label names it (alt="" on H5's <img>, hidden from WeChat's reader). */}
                <Image
                  className="role-tab-bar__icon"
                  src={active ? ICONS[tab.icon].activeIcon : ICONS[tab.icon].icon}
                  aria-hidden
                  nativeProps={{ alt: '' }}
                />
                {count ? <Text className="role-tab-bar__badge">{badgeText(count)}</Text> : null}
              </View>
              <Text className="role-tab-bar__text">{tab.text}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
