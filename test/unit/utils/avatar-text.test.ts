import { avatarText } from '@/utils/avatar-text'

describe('avatarText', () => {
  it("shows a person's surname", () => {
    expect(avatarText('张敏')).toBe('张')
    expect(avatarText('王晓雯')).toBe('王')
  })

  it('reads the person out of a chat title with their role', () => {
    expect(avatarText('张敏（服务专员）')).toBe('张')
    expect(avatarText('陈国栋 · 联络专员')).toBe('陈')
  })

  it("shows a company's short name, not the city every company here starts with", () => {
    expect(avatarText('重庆飞快通航科技有限公司')).toBe('飞快')
    expect(avatarText('重庆易易互联科技有限公司')).toBe('易易')
    expect(avatarText('重庆市知合企业管理咨询有限公司')).toBe('知合')
    expect(avatarText('两江生命科学创新中心（重庆）有限公司')).toBe('两江')
  })

  it('tells the seeded enterprises apart', () => {
    const names = [
      '重庆飞快通航科技有限公司',
      '重庆芯途微电子有限公司',
      '重庆锐铸精工装备有限公司',
      '重庆碳羽新材料科技有限公司',
    ]
    expect(new Set(names.map(avatarText)).size).toBe(names.length)
  })
})
