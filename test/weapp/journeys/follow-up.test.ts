// The admin's 回访 on the compiled weapp: from the board to the overdue follow-up, recorded as a visit.
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

interface FollowUp {
  id: string
  status: string
  overdue: boolean
  enterpriseName: string
  record?: { method: string; found: string; done: string }
}

test('admin: board → 服务回访 → the overdue one → records a visit', async () => {
  const app = await weapp.launch()
  await loginAs(app, '管理员', '周婷', 'admin/salons/index')
  // The admins' own tab bar (a view, not WeChat's), as a finger taps it.
  await app.tap('看板')
  await app.waitForRoute('board/index')
  await app.waitForText('赛马榜')
  await app.waitForText('综合得分 = 响应速度 25%')
  await app.tap('查看回访 ›')
  await app.waitForRoute('board/follow-ups/index')
  const due = await weapp.api<{ items: FollowUp[] }>('/follow-ups?status=pending', 'usr-admin-01')
  const overdue = due.items.find((f) => f.overdue)
  if (!overdue) throw new Error('the seed has no overdue follow-up')
  await app.waitForText(overdue.enterpriseName)
  await app.waitForText('回访超时')
  await app.tap(overdue.enterpriseName)
  await app.waitForRoute('board/follow-up/index')
  await app.waitForText('记录回访')

  // Nothing written yet: the form says what is missing and sends nothing.
  await app.tap('保存回访记录')
  await app.waitForText('请填写了解到的情况')
  expect((await weapp.api<FollowUp>(`/follow-ups/${overdue.id}`, 'usr-admin-01')).status).toBe('pending')

  await app.tap('上门回访')
  await app.input('企业反映的问题、原因', '采购方与企业产品不匹配')
  await app.input('已做的处理、后续安排', '重新匹配两家采购方，下周对接')
  await app.tap('保存回访记录')
  await app.waitForText('待企业确认')
  const recorded = await weapp.api<FollowUp>(`/follow-ups/${overdue.id}`, 'usr-admin-01')
  expect(recorded).toMatchObject({
    status: 'recorded',
    record: { method: 'visit', found: '采购方与企业产品不匹配', done: '重新匹配两家采购方，下周对接' },
  })
  expectClean(app)
})
