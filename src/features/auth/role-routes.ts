import type { Role } from '@/api/contract/schemas/common'

export const LOGIN_PAGE = '/pages/login/index'

/** Where each role starts, and the page roots only that role may open. */
export const ROLE_HOME: Record<Role, string> = {
  owner: '/pages/home/index',
  specialist: '/specialist/workbench/index',
  admin: '/admin/salons/index',
}

const ROLE_ROOTS: Record<Role, string[]> = {
  owner: ['/pages/'],
  specialist: ['/specialist/'],
  admin: ['/admin/'],
}

/** Pages any signed-in role may open (the account page, login itself, and the chat room both sides share). */
const SHARED_PAGES = ['/pages/me/index', LOGIN_PAGE, '/pages/chat/index']

export function canOpen(role: Role, path: string): boolean {
  const pagePath = path.split('?')[0] ?? path
  return SHARED_PAGES.includes(pagePath) || ROLE_ROOTS[role].some((root) => pagePath.startsWith(root))
}
