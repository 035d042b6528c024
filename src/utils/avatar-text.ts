// Provinces, municipalities and regions, which open most registered company names (重庆…, 四川…) and
// so say nothing about which company it is.
const PLACE_PREFIX =
  /^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(省|市|自治区|特别行政区)?/
// A place in brackets inside the name: 两江生命科学创新中心（重庆）有限公司.
const PLACE_IN_BRACKETS = /[（(][^）)]*[）)]/g
const ORGANISATION = /(公司|集团|中心|研究院|事务所|合作社|工作室|银行|协会|商会|局|委|办)$/
// What follows a person's name in a title: 张敏（服务专员）, 张敏 · 服务专员.
const AFTER_NAME = /[（(·|].*$/

/**
 * The one or two characters an avatar shows for a name: a person's surname (张敏 → 张), an
 * organisation's short name (重庆飞快通航科技有限公司 → 飞快), never the place every company
 * around here starts with. Chinese apps show a surname in a person's avatar; two characters tell
 * companies apart where one (重) would make them all look alike.
 */
export function avatarText(name: string): string {
  const trimmed = name.trim()
  if (ORGANISATION.test(trimmed)) {
    const core = trimmed.replace(PLACE_IN_BRACKETS, '').replace(PLACE_PREFIX, '')
    return Array.from(core || trimmed)
      .slice(0, 2)
      .join('')
  }
  const person = trimmed.replace(AFTER_NAME, '').trim() || trimmed
  return Array.from(person)[0] ?? ''
}
