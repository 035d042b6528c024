import type { ProblemCategory, Visit, VisitMethod } from '../../src/api/contract/schemas/visit'
import { atLocal, toIso } from '../clock'
import { nextId, type Db } from '../db'

import { enterpriseId, ownerId } from './people'

type Problem = [ProblemCategory, string]
/**
 * [enterprise no., by the liaison official?, days before the seed clock (negative: planned ahead),
 * hour, method (null: planned), purpose, notes, problems]
 */
type Row = [number, boolean, number, number, VisitMethod | null, string, string, Problem[]]

const ROWS: Row[] = [
  [
    1,
    false,
    41,
    10,
    'onsite',
    '签约后首次上门，梳理落地代办清单',
    '与程飞梳理工商注册、银行开户、税务登记、载体租赁四项代办，约定一周内开工。',
    [['permits', '注册地址证明材料尚未准备']],
  ],
  [
    1,
    false,
    36,
    15,
    'service_centre',
    '载体租赁现场踏勘',
    '陪同踏勘通航产业园 A3 栋，确认层高与电力满足总装线要求。',
    [],
  ],
  [
    1,
    true,
    12,
    14,
    'onsite',
    '了解扩产计划',
    '企业计划扩建第二条总装线，资金缺口约 800 万元。',
    [
      ['funding', '扩产资金缺口约 800 万元'],
      ['talent', '缺少飞控工程师'],
    ],
  ],
  [1, false, 6, 11, 'wechat', '跟进融资对接进度', '已推荐两家银行的科技贷产品，企业在准备材料。', []],
  [1, false, -3, 10, null, '回访订单接洽需求', '', []],
  [
    2,
    false,
    20,
    10,
    'onsite',
    '换电站选址协调',
    '鱼复工业园 2 号楼装修进度正常。',
    [['premises', '换电示范站用电增容审批慢']],
  ],
  [2, true, -5, 15, null, '银企对接专场邀约', '', []],
  [
    3,
    false,
    24,
    10,
    'onsite',
    '签约后走访',
    '中心主任孙瑜介绍了科研平台建设计划。',
    [['permits', '实验室危化品备案流程不清楚']],
  ],
  [3, false, 5, 16, 'phone', '法务支持跟进', '合同审查意见已反馈。', []],
  [4, false, 9, 10, 'onsite', '工商注册材料核对', '现场核对注册材料，缺股东会决议。', []],
  [4, false, -2, 14, null, '领取营业执照后回访', '', []],
  [
    5,
    false,
    16,
    11,
    'onsite',
    '了解迁入需求',
    '企业由外地迁入，需开立基本户。',
    [['funding', '设备采购需要贷款贴息']],
  ],
  // 锐铸精工: last contact 45 days ago, past the 30-day rule.
  [6, false, 45, 10, 'onsite', '季度回访', '产线运行平稳，订单饱满。', [['market', '希望对接主机厂采购']]],
  [7, false, 26, 10, 'onsite', '签约后走访', '了解新材料中试线落地计划。', []],
  [7, true, 4, 15, 'phone', '税务登记材料催办', '提醒企业补充材料。', []],
  [
    8,
    false,
    14,
    10,
    'onsite',
    '签约后走访',
    '梳理医疗器械注册证办理路径。',
    [['permits', '二类医疗器械注册证办理周期长']],
  ],
  [8, false, -1, 9, null, '载体入驻验收', '', []],
  [9, false, 3, 16, 'service_centre', '项目洽谈', '企业在园区服务中心了解入驻政策。', []],
  [10, false, 4, 10, 'onsite', '签约后首次上门', '陪同办理银行开户预约。', []],
  // 知合咨询: last contact 38 days ago, overdue too.
  [11, false, 38, 15, 'phone', '电话回访', '企业经营正常，暂无新需求。', []],
  [
    12,
    false,
    21,
    10,
    'onsite',
    '入驻装修进度',
    '显示产业园 7 栋装修完成八成。',
    [['talent', '调试工程师招聘难']],
  ],
  [12, true, -7, 10, null, '投产前安全检查协调', '', []],
  [13, false, 8, 10, 'onsite', '签约后走访', '银行开户已预约，企业希望尽快开具发票。', []],
  [13, false, -4, 15, null, '跟进税务登记', '', []],
  [
    14,
    false,
    18,
    10,
    'wechat',
    '税务登记回执确认',
    '税务登记已完成，企业在找仓储载体。',
    [['premises', '需要 2000 平方米保税仓储']],
  ],
]

export function seedVisits(db: Db, anchor: Date): void {
  for (const [entNo, liaison, daysAgo, hour, method, purpose, notes, problems] of ROWS) {
    const enterprise = db.enterprises.get(enterpriseId(entNo))
    const owner = db.users.get(ownerId(entNo))
    const specialist = enterprise && db.users.get(enterprise.specialistIds[liaison ? 'liaison' : 'service'])
    if (!enterprise || !owner || !specialist) throw new Error(`bad visit seed ${entNo}`)
    const at = toIso(atLocal(anchor, -daysAgo, hour))
    // Planned visits were put in the diary a week before; records were written up the same day.
    const createdAt = method ? at : toIso(atLocal(anchor, -Math.max(daysAgo + 7, 1), 9))
    const visit: Visit = {
      id: nextId(db, 'vst'),
      enterpriseId: enterprise.id,
      specialistId: specialist.id,
      specialistName: specialist.name,
      status: method ? 'done' : 'planned',
      visitedAt: at,
      purpose,
      ...(method ? { method, metWith: `${owner.name}（${owner.title ?? '负责人'}）` } : {}),
      ...(notes ? { notes } : {}),
      photos: [],
      problems: problems.map(([category, description]) => ({ id: nextId(db, 'prb'), category, description })),
      createdAt,
      updatedAt: createdAt,
    }
    db.visits.set(visit.id, visit)
  }
}
