import { canOpen, ROLE_HOME } from '@/features/auth/role-routes'

describe('role routes', () => {
  it('lets each role open its own pages, the account page and login only', () => {
    expect(canOpen('owner', '/pages/salons/index?id=1')).toBe(true)
    expect(canOpen('owner', '/specialist/workbench/index')).toBe(false)
    expect(canOpen('specialist', '/specialist/enterprises/index')).toBe(true)
    expect(canOpen('specialist', '/pages/home/index')).toBe(false)
    expect(canOpen('specialist', '/pages/me/index')).toBe(true)
    expect(canOpen('admin', '/admin/check-in/index')).toBe(true)
    expect(canOpen('admin', '/specialist/workbench/index')).toBe(false)
  })

  it('lets owners and specialists both open the chat room in the main package', () => {
    expect(canOpen('owner', '/pages/chat/index?conversationId=cnv-ent-01-usr-spec-01')).toBe(true)
    expect(canOpen('specialist', '/pages/chat/index?conversationId=cnv-ent-01-usr-spec-01')).toBe(true)
  })

  it('sends every role home to a page it may open', () => {
    for (const [role, home] of Object.entries(ROLE_HOME))
      expect(canOpen(role as keyof typeof ROLE_HOME, home)).toBe(true)
  })
})
