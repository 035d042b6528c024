import type { PageName } from '@/navigation/pages'

/**
 * The tabs of the roles that have a subpackage of their own (owners have WeChat's native tab bar), as
 * data: the app shell reads which pages are tabs from here, so the bar itself (role-tab-bar.tsx, with
 * its components, icons and styles) ships with the specialist's and admin's pages, not the first load.
 */
export type TabRole = 'specialist' | 'admin'

/** Which pair of icons a tab shows (the images are the bar's own, in role-tab-bar.tsx). */
export type TabIcon = 'workbench' | 'enterprises' | 'messages' | 'me' | 'salons' | 'checkin'

export interface RoleTab {
  page: PageName
  text: string
  icon: TabIcon
  /** Shows the unread chat total. */
  unread?: boolean
}

// WeChat's native tabBar is app-wide and belongs to the owners, so the other roles get their own bar.
export const ROLE_TABS: Record<TabRole, readonly RoleTab[]> = {
  specialist: [
    { page: 'workbench', text: '工作台', icon: 'workbench' },
    { page: 'enterprises', text: '我的企业', icon: 'enterprises' },
    { page: 'specialistMessages', text: '消息', icon: 'messages', unread: true },
    { page: 'specialistMe', text: '我的', icon: 'me' },
  ],
  admin: [
    { page: 'adminSalons', text: '沙龙管理', icon: 'salons' },
    { page: 'checkIn', text: '签到', icon: 'checkin' },
    // 数据看板 lives in its own subpackage (board); the workbench icon says "figures" well enough.
    { page: 'board', text: '看板', icon: 'workbench' },
    { page: 'adminMe', text: '我的', icon: 'me' },
  ],
}

/** The tab pages of a role, for tests and for pages that need to know whether they are one. */
export const roleTabPages = (role: TabRole): PageName[] => ROLE_TABS[role].map((tab) => tab.page)
