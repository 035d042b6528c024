import type { JourneyRecord, MilestoneMark } from '../../src/api/contract/rules/journey'
import type { MilestoneCode } from '../../src/api/contract/schemas/journey'
import { atLocal, toIso } from '../clock'
import type { Db } from '../db'

import { enterpriseId } from './people'

/** [milestone, days before the seed clock, note]: steps done without a request in the seed. */
type Mark = [MilestoneCode, number, string]

/**
 * Every enterprise's landing journey: when it began (签约 day) and what the specialist marked by hand.
 * Steps of registration, bank, tax and premises are otherwise done by the seed's completed requests
 * (mock/seed/requests.ts). Together they put enterprises at every stage.
 */
const JOURNEYS: [number, number, Mark[]][] = [
  // 飞快通航, the article's one week: signed, then registration, bank, tax and premises by requests
  // (completed 39–35 days ago), breaking ground seven days after signing.
  [
    1,
    41,
    [
      ['signing', 41, '与航投集团签署入驻协议，组建工作专班，一个专员一跟到底。'],
      ['production', 34, '无人机总装线开工投产，从签约到落地开工仅用一周。'],
    ],
  ],
  [
    2,
    62,
    [
      ['signing', 62, '换电总部项目签约。'],
      ['bank_account', 57, '企业在合作银行自行开户，专员陪同办理。'],
      ['tax_registration', 55, '已在电子税务局完成登记，发票已领用。'],
    ],
  ],
  [3, 25, [['signing', 25, '创新中心项目签约仪式。']]],
  [4, 10, [['signing', 10, '入驻礼嘉智慧园区意向协议签署。']]],
  [
    5,
    20,
    [
      ['signing', 20, '芯片封测项目签约。'],
      ['business_registration', 15, '企业由外地迁入，已完成迁移登记。'],
    ],
  ],
  [
    6,
    200,
    [
      ['signing', 200, '精工装备项目签约。'],
      ['business_registration', 196, '注册由母公司统一办理。'],
      ['bank_account', 194, '企业自行开户。'],
      ['tax_registration', 193, '企业自行登记。'],
      ['premises_lease', 185, '入驻龙兴智能制造产业园 12 号厂房。'],
      ['production', 160, '首条产线投产。'],
    ],
  ],
  [
    7,
    30,
    [
      ['signing', 30, '新材料项目签约。'],
      ['business_registration', 25, '营业执照已领取。'],
      ['bank_account', 22, '基本户已开立。'],
    ],
  ],
  [
    8,
    15,
    [
      ['signing', 15, '医疗器械项目签约。'],
      ['business_registration', 12, '营业执照已领取。'],
      ['bank_account', 10, '基本户已开立。'],
      ['tax_registration', 8, '税务登记完成。'],
    ],
  ],
  // 极光车联: only an intention so far; the journey begins when it signs.
  [9, 3, []],
  [
    10,
    5,
    [
      ['signing', 5, '无人机系统项目签约。'],
      ['business_registration', 3, '营业执照已领取。'],
    ],
  ],
  [
    11,
    120,
    [
      ['signing', 120, '咨询公司入驻签约。'],
      ['business_registration', 118, '营业执照已领取。'],
      ['bank_account', 117, '基本户已开立。'],
      ['tax_registration', 116, '税务登记完成。'],
      ['premises_lease', 112, '入驻金渝大道商务中心 18 楼。'],
      ['production', 110, '正式对外营业。'],
    ],
  ],
  [
    12,
    40,
    [
      ['signing', 40, '显示模组项目签约。'],
      ['business_registration', 37, '营业执照已领取。'],
      ['bank_account', 35, '基本户已开立。'],
      ['tax_registration', 34, '税务登记完成。'],
      ['premises_lease', 20, '入驻显示产业园 7 栋，正在装修调试。'],
    ],
  ],
  // 数澜数据: registered and banked; tax registration is next and nobody has asked for it yet.
  [
    13,
    12,
    [
      ['signing', 12, '数据中心项目签约。'],
      ['business_registration', 9, '营业执照已领取。'],
      ['bank_account', 7, '基本户已开立。'],
    ],
  ],
  [
    14,
    22,
    [
      ['signing', 22, '跨境供应链项目签约。'],
      ['business_registration', 20, '营业执照已领取。'],
      ['bank_account', 19, '基本户已开立。'],
    ],
  ],
]

export function seedJourneys(db: Db, anchor: Date): void {
  for (const [entNo, startedDaysAgo, marks] of JOURNEYS) {
    const id = enterpriseId(entNo)
    const enterprise = db.enterprises.get(id)
    const specialist = enterprise && db.users.get(enterprise.specialistIds.service)
    if (!specialist) throw new Error(`bad journey seed ${entNo}`)
    const record: JourneyRecord = {
      enterpriseId: id,
      startedAt: toIso(atLocal(anchor, -startedDaysAgo, 10)),
      marks: {},
    }
    for (const [code, daysAgo, note] of marks) {
      const mark: MilestoneMark = { at: toIso(atLocal(anchor, -daysAgo, 16)), note, byName: specialist.name }
      record.marks[code] = mark
    }
    db.journeys.set(id, record)
  }
}
