import type { Role } from '@/api/contract/schemas/common'
import { packageOf, type PageName, type PagePackage } from '@/navigation/pages'
import { pageNameOf, routes, type PageUrl } from '@/navigation/routes'

export const LOGIN_PAGE = routes.login()

/** Where each role starts. */
export const ROLE_HOME: Record<Role, PageUrl> = {
  owner: routes.home(),
  specialist: routes.workbench(),
  admin: routes.adminSalons(),
}

/** The package of pages each role has to itself: owners the main one, the others their subpackage. */
const ROLE_PACKAGE: Record<Role, PagePackage> = { owner: 'main', specialist: 'specialist', admin: 'admin' }

/**
 * Pages any signed-in role may open (the account page, login itself, the chat room both sides share,
 * the notice centre, and the request form: a specialist raises a request there on an enterprise's
 * behalf).
 */
const SHARED_PAGES: readonly PageName[] = ['me', 'login', 'chat', 'notices', 'requestNew']

/** Whether this role may open the page a URL names; a URL to no page of the app may not be opened. */
export function canOpen(role: Role, url: string): boolean {
  const name = pageNameOf(url)
  if (!name) return false
  return SHARED_PAGES.includes(name) || packageOf(name) === ROLE_PACKAGE[role]
}
