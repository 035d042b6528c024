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

import './role-tab-bar.scss'

/** The roles with a subpackage of their own; owners have WeChat's native tab bar. */
export type TabRole = 'specialist' | 'admin'

interface RoleTab {
  page: PageName
  text: string
  icon: string
  activeIcon: string
  /** Shows the unread chat total. */
  unread?: boolean
}

// WeChat's native tabBar is app-wide and belongs to the owners, so the other roles get this one.
const TABS: Record<TabRole, readonly RoleTab[]> = {
  specialist: [
    { page: 'workbench', text: '工作台', icon: workbenchIcon, activeIcon: workbenchActive },
    { page: 'enterprises', text: '我的企业', icon: enterprisesIcon, activeIcon: enterprisesActive },
    {
      page: 'specialistMessages',
      text: '消息',
      icon: messagesIcon,
      activeIcon: messagesActive,
      unread: true,
    },
    { page: 'specialistMe', text: '我的', icon: meIcon, activeIcon: meActive },
  ],
  admin: [
    { page: 'adminSalons', text: '沙龙管理', icon: salonsIcon, activeIcon: salonsActive },
    { page: 'checkIn', text: '签到', icon: checkinIcon, activeIcon: checkinActive },
    // 数据看板 lives in its own subpackage (board); the workbench icon says "figures" well enough.
    { page: 'board', text: '看板', icon: workbenchIcon, activeIcon: workbenchActive },
    { page: 'adminMe', text: '我的', icon: meIcon, activeIcon: meActive },
  ],
}

/** The tab pages of a role, for tests and for pages that need to know whether they are one. */
export const roleTabPages = (role: TabRole): PageName[] => TABS[role].map((tab) => tab.page)

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
        {TABS[role].map((tab) => {
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
                  src={active ? tab.activeIcon : tab.icon}
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
