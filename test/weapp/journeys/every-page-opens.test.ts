// Every page of every role opens on the compiled weapp and shows its real content, not an error state.
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()
const ERROR_STATES = ['加载失败', '出错了', '网络异常']

type Check = [url: string, title: string, texts: string[]]

async function visit(app: Awaited<ReturnType<typeof weapp.launch>>, checks: Check[]) {
  for (const [url, title, texts] of checks) {
    await app.open(url)
    for (const text of texts) await app.waitForText(text)
    expect(app.page.navigationBarTitle).toBe(title)
    for (const error of ERROR_STATES) expect(app.text()).not.toContain(error)
    if (app.program.stack.length > 1) await app.back()
  }
}

test('owner: the five tabs and every owner page', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  const conversations = await weapp.api<{ items: { id: string }[] }>('/conversations', 'usr-owner-01')
  const conversation = conversations.items[0]?.id
  expect(conversation).toBeTruthy()
  const waiting = await weapp.api<{ items: { id: string }[] }>(
    '/service-requests?status=awaiting_materials',
    'usr-owner-01',
  )
  const todo = waiting.items[0]?.id
  expect(todo).toBeTruthy()
  // Request numbers carry the day they were made (Beijing time), so the seed's change every day.
  const { number } = await weapp.api<{ number: string }>('/service-requests/req-0006', 'usr-owner-01')
  await visit(app, [
    ['/pages/home/index', '企服管家', ['您好，程飞', '待您补充材料（1）', '我的双专员', number]],
    ['/pages/services/index', '服务', ['服务大厅', '工商注册代办']],
    ['/pages/messages/index', '消息', ['张敏（服务专员）', '陈国栋（联络专员）']],
    ['/pages/salons/index', '企业家沙龙', ['低空经济企业家沙龙', '仅剩 1 席']],
    ['/pages/me/index', '我的', ['企业主 · 重庆飞快通航科技有限公司', '退出登录']],
    [
      '/pages/salons/detail/index?id=sal-01',
      '沙龙详情',
      ['低空经济企业家沙龙', '仅剩 1 席（共 12 席）', '议程', '通航产业园入驻与运营', '招商总监'],
    ],
    ['/pages/bookings/index', '我的报名', ['生命健康产业链对接会', '已报名']],
    ['/pages/requests/index', '我的申请', [number, '已办结', '待补充材料', '补充材料']],
    ['/pages/requests/new/index?type=legal_support', '服务申请', ['法务支持', '提交申请']],
    ['/pages/requests/detail/index?id=req-0006', '申请详情', [`编号 ${number}`, '办理进度']],
    // From a 补充材料 button: the request for materials first, its panel already open.
    [`/pages/requests/detail/index?id=${todo}&supply=1`, '申请详情', ['待您补充材料', '确认补充材料']],
    [`/pages/chat/index?conversationId=${conversation}`, '张敏（服务专员）', ['上滑加载更早的消息']],
    ['/pages/notices/index', '通知', ['通知（1 条未读）', '邀请您评价服务', '全部已读']],
    ['/pages/visits/index', '走访记录', ['了解扩产计划', '扩产资金缺口约 800 万元']],
  ])
  expectClean(app)
})

test('specialist: the workbench subpackage', async () => {
  const app = await weapp.launch()
  await loginAs(app, '专员', '张敏', 'specialist/workbench/index')
  const { number } = await weapp.api<{ number: string }>('/service-requests/req-0006', 'usr-spec-01')
  await visit(app, [
    [
      '/specialist/workbench/index',
      '工作台',
      ['待办队列', '重庆碳羽新材料科技有限公司', '我的企业', '我的本月数据', '综合得分'],
    ],
    ['/specialist/enterprises/index', '我的企业', ['我服务的企业与其在办申请', '重庆飞快通航科技有限公司']],
    ['/specialist/request/index?id=req-0006', '办理', [`编号 ${number}`, '联系企业', '办理进度']],
    ['/specialist/messages/index', '消息', ['我服务的企业，未读优先', '重庆飞快通航科技有限公司']],
    ['/specialist/me/index', '我的', ['账号与服务范围', '申请进度与活动提醒', '退出登录']],
    ['/pages/notices/index', '通知', ['暂无通知']],
    ['/field/enterprise/index?id=ent-13', '企业详情', ['落地进度', '代为发起税务登记', '跟进税务登记']],
    ['/field/visit/index?enterpriseId=ent-13', '走访', ['走访情况', '保存走访记录']],
    ['/field/visit/index?enterpriseId=ent-13&mode=planned', '走访', ['走访计划', '保存走访计划']],
    [
      '/pages/requests/new/index?enterpriseId=ent-13&type=tax_registration',
      '服务申请',
      ['代为发起申请', '纳税人类型', '代企业提交申请'],
    ],
  ])
  expectClean(app)
})

test('admin: the salon management subpackage', async () => {
  const app = await weapp.launch()
  await loginAs(app, '管理员', '周婷', 'admin/salons/index')
  await visit(app, [
    ['/admin/salons/index', '沙龙管理', ['＋ 新建沙龙', '已确认 11/12 · 候补 0']],
    ['/admin/check-in/index', '签到', ['签到的沙龙', '请先选择沙龙']],
    // The form's title says what it is for (the page config has one title for both).
    ['/admin/salon-form/index', '新建沙龙', ['沙龙信息', '选择日期', '保存草稿']],
    ['/admin/salon-form/index?id=sal-01', '编辑沙龙', ['沙龙信息（已确认 11 人）', '保存修改']],
    ['/admin/bookings/index?salonId=sal-01', '报名名单', ['低空经济企业家沙龙', '导出 CSV']],
    ['/admin/me/index', '我的', ['管理员', '退出登录']],
    // 活动资料: its own subpackage (admin-salon), the seed's agenda in its box.
    ['/admin-salon/program/index?id=sal-01', '活动资料', ['低空经济企业家沙龙', '报名信息', '保存活动资料']],
    // 活动反馈 of a past salon: attendance and ratings, in admin-salon too.
    ['/admin-salon/feedback/index?id=sal-06', '活动反馈', ['专精特新政策解读会', '签到率', '未到']],
  ])
  expectClean(app)
})

test('admin: the board subpackage (数据看板, 赛马榜, 回访)', async () => {
  const app = await weapp.launch()
  await loginAs(app, '管理员', '周婷', 'admin/salons/index')
  const board = await weapp.api<{ previousMonth: string; ranking: { specialistId: string; name: string }[] }>(
    '/figures/board',
    'usr-admin-01',
  )
  const overdue = (
    await weapp.api<{ items: { id: string; enterpriseName: string; overdue: boolean }[] }>(
      '/follow-ups?status=pending',
      'usr-admin-01',
    )
  ).items.find((f) => f.overdue)
  expect(overdue).toBeTruthy()
  const leader = (
    await weapp.api<{ ranking: { specialistId: string; name: string }[] }>(
      `/figures/board?month=${board.previousMonth}`,
      'usr-admin-01',
    )
  ).ranking[0]
  await visit(app, [
    ['/board/index', '数据看板', ['赛马榜', '综合得分 = 响应速度 25%', '首次响应时长分布', '骏马', '蜗牛']],
    [
      `/board/cases/index?specialistId=${leader?.specialistId}&month=${board.previousMonth}`,
      '办件明细',
      [`${leader?.name} · `, '计入本月数据的办件', '按时办结'],
    ],
    ['/board/follow-ups/index', '服务回访', [overdue?.enterpriseName ?? '?', '回访超时']],
    [`/board/follow-up/index?id=${overdue?.id}`, '回访记录', ['企业评价', '非常不满意', '保存回访记录']],
  ])
  expectClean(app)
})
