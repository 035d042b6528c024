import type { IndustryChain } from '../../src/api/contract/schemas/common'
import type { Enterprise, EnterpriseScale, User } from '../../src/api/contract/schemas/enterprise'

/** Service specialists and liaison officials; every enterprise gets one of each (双专员). */
const SPECIALISTS: User[] = [
  { id: 'usr-spec-01', name: '张敏', role: 'specialist', kind: 'service', title: '服务专员 · 企业服务中心' },
  { id: 'usr-spec-02', name: '李航', role: 'specialist', kind: 'service', title: '服务专员 · 企业服务中心' },
  {
    id: 'usr-spec-03',
    name: '王晓雯',
    role: 'specialist',
    kind: 'service',
    title: '服务专员 · 园区服务中心',
  },
  { id: 'usr-spec-04', name: '陈国栋', role: 'specialist', kind: 'liaison', title: '联络专员 · 经济运行局' },
  { id: 'usr-spec-05', name: '刘洁', role: 'specialist', kind: 'liaison', title: '联络专员 · 投资促进局' },
  { id: 'usr-spec-06', name: '赵立新', role: 'specialist', kind: 'liaison', title: '联络专员 · 科技创新局' },
]

const ADMIN: User = { id: 'usr-admin-01', name: '周婷', role: 'admin', title: '管理员 · 园区服务中心' }

interface EnterpriseSeed {
  name: string
  chain: IndustryChain
  scale: EnterpriseScale
  address: string
  owner: string
  ownerTitle: string
}

/** The first three come from the article; the rest are invented small firms. */
const ENTERPRISES: EnterpriseSeed[] = [
  {
    name: '重庆飞快通航科技有限公司',
    chain: '航空航天',
    scale: '小型',
    address: '重庆市两江新区龙兴镇通航产业园 A3 栋',
    owner: '程飞',
    ownerTitle: '创始人',
  },
  {
    name: '重庆易易互联科技有限公司',
    chain: '新能源智能网联汽车',
    scale: '小型',
    address: '重庆市两江新区鱼复工业园换电示范站 2 号楼',
    owner: '何亦然',
    ownerTitle: '总经理',
  },
  {
    name: '两江生命科学创新中心（重庆）有限公司',
    chain: '生命健康',
    scale: '中型',
    address: '重庆市两江新区水土高新园生命科学城 B 区',
    owner: '孙瑜',
    ownerTitle: '执行主任',
  },
  {
    name: '重庆云栖智联软件有限公司',
    chain: '数字经济',
    scale: '微型',
    address: '重庆市两江新区礼嘉智慧园区 6 号楼',
    owner: '郑云帆',
    ownerTitle: '创始人',
  },
  {
    name: '重庆芯途微电子有限公司',
    chain: '新一代电子信息',
    scale: '小型',
    address: '重庆市两江新区水土高新园芯片产业园 C 栋',
    owner: '冯立',
    ownerTitle: '董事长',
  },
  {
    name: '重庆锐铸精工装备有限公司',
    chain: '高端装备',
    scale: '小型',
    address: '重庆市两江新区龙兴智能制造产业园 12 号厂房',
    owner: '蒋锐',
    ownerTitle: '总经理',
  },
  {
    name: '重庆碳羽新材料科技有限公司',
    chain: '新材料',
    scale: '微型',
    address: '重庆市两江新区鱼复新材料产业园 3 号楼',
    owner: '韩雨桐',
    ownerTitle: '创始人',
  },
  {
    name: '重庆禾康医疗器械有限公司',
    chain: '生命健康',
    scale: '小型',
    address: '重庆市两江新区水土高新园医疗器械产业园 5 栋',
    owner: '杨禾',
    ownerTitle: '总经理',
  },
  {
    name: '重庆极光车联科技有限公司',
    chain: '新能源智能网联汽车',
    scale: '微型',
    address: '重庆市两江新区礼嘉智慧园区车联网中心 2 楼',
    owner: '朱晨光',
    ownerTitle: '联合创始人',
  },
  {
    name: '重庆鲲翼无人机系统有限公司',
    chain: '航空航天',
    scale: '微型',
    address: '重庆市两江新区龙兴镇通航产业园 B1 栋',
    owner: '秦鹏',
    ownerTitle: '创始人',
  },
  {
    name: '重庆知合企业管理咨询有限公司',
    chain: '现代服务业',
    scale: '微型',
    address: '重庆市两江新区金渝大道商务中心 18 楼',
    owner: '许知行',
    ownerTitle: '合伙人',
  },
  {
    name: '重庆光屿显示技术有限公司',
    chain: '新一代电子信息',
    scale: '小型',
    address: '重庆市两江新区水土高新园显示产业园 7 栋',
    owner: '林屿',
    ownerTitle: '总经理',
  },
  {
    name: '重庆数澜数据科技有限公司',
    chain: '数字经济',
    scale: '小型',
    address: '重庆市两江新区悦来国际会展城数字产业园 4 楼',
    owner: '马澜',
    ownerTitle: '首席执行官',
  },
  {
    name: '重庆晟通跨境供应链管理有限公司',
    chain: '现代服务业',
    scale: '微型',
    address: '重庆市两江新区果园港综合服务区 9 号楼',
    owner: '唐晟',
    ownerTitle: '总经理',
  },
]

const pad = (n: number) => String(n).padStart(2, '0')
export const enterpriseId = (n: number) => `ent-${pad(n)}`
export const ownerId = (n: number) => `usr-owner-${pad(n)}`
/** Invented, in the 138 0000 block, yet a valid mobile number: a form prefilled from it submits as is. */
export const ownerPhone = (n: number) => `138000000${pad(n)}`

export function seedPeople(): { users: User[]; enterprises: Enterprise[] } {
  const users: User[] = [...SPECIALISTS.map((s) => ({ ...s })), { ...ADMIN }]
  const enterprises: Enterprise[] = ENTERPRISES.map((seed, index) => {
    const n = index + 1
    const service = SPECIALISTS[index % 3]
    const liaison = SPECIALISTS[3 + (index % 3)]
    if (!service || !liaison) throw new Error('specialist table too short')
    users.push({
      id: ownerId(n),
      name: seed.owner,
      role: 'owner',
      enterpriseId: enterpriseId(n),
      title: seed.ownerTitle,
      phone: ownerPhone(n),
    })
    return {
      id: enterpriseId(n),
      name: seed.name,
      // Obviously fake: a real 统一社会信用代码 never contains "MOCK".
      creditCode: `91500000MOCK${String(n).padStart(5, '0')}X`,
      industryChain: seed.chain,
      scale: seed.scale,
      address: seed.address,
      specialistIds: { service: service.id, liaison: liaison.id },
    }
  })
  return { users, enterprises }
}

export const ENTERPRISE_COUNT = ENTERPRISES.length
