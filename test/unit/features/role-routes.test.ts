import { canOpen, LOGIN_PAGE, ROLE_HOME } from '@/features/auth/role-routes'
import { PAGES } from '@/navigation/pages'
import { routes } from '@/navigation/routes'

describe('role routes', () => {
  it('lets each role open its own pages, the account page and login only', () => {
    expect(canOpen('owner', '/pages/salons/index?id=1')).toBe(true)
    expect(canOpen('owner', routes.requestDetail({ id: 'req 1' }))).toBe(true)
    expect(canOpen('owner', '/specialist/workbench/index')).toBe(false)
    expect(canOpen('specialist', '/specialist/enterprises/index')).toBe(true)
    expect(canOpen('specialist', '/pages/home/index')).toBe(false)
    expect(canOpen('specialist', '/pages/me/index')).toBe(true)
    expect(canOpen('admin', '/admin/check-in/index')).toBe(true)
    expect(canOpen('admin', '/specialist/workbench/index')).toBe(false)
    expect(canOpen('admin', LOGIN_PAGE)).toBe(true)
  })

  it('lets owners and specialists both open the chat room in the main package', () => {
    expect(canOpen('owner', '/pages/chat/index?conversationId=cnv-ent-01-usr-spec-01')).toBe(true)
    expect(canOpen('specialist', '/pages/chat/index?conversationId=cnv-ent-01-usr-spec-01')).toBe(true)
  })

  it('opens no URL that names no page of the app, whatever its prefix', () => {
    expect(canOpen('owner', '/pages/nowhere/index')).toBe(false)
    expect(canOpen('admin', '/admin/')).toBe(false)
  })

  it('sends every role home to a page it may open, and each subpackage page to its role only', () => {
    for (const [role, home] of Object.entries(ROLE_HOME))
      expect(canOpen(role as keyof typeof ROLE_HOME, home)).toBe(true)
    for (const page of Object.values(PAGES)) {
      if (page.path.startsWith('/specialist/')) expect(canOpen('owner', page.path)).toBe(false)
      if (page.path.startsWith('/admin/')) expect(canOpen('specialist', page.path)).toBe(false)
    }
  })
})
