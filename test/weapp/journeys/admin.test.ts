// The admin on the compiled weapp: creates a salon (a draft), edits it (PUT, which wx.request offers;
// the PATCH it used to send fails on a phone), publishes it, and checks a booking in by its code.
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

interface Salon {
  id: string
  title: string
  status: string
  capacity: number
}

test('admin: create, edit and publish a salon; check a booking in by code', async () => {
  const app = await weapp.launch()
  await loginAs(app, '管理员', '周婷', 'admin/salons/index')

  // Create: text inputs, date/time pickers (change events), a chain chip, then 保存草稿.
  await app.tap('＋ 新建沙龙')
  await app.waitForRoute('admin/salon-form/index')
  expect(app.page.navigationBarTitle).toBe('新建沙龙')
  await app.input('如：低空经济企业家沙龙', '工业软件企业家沙龙')
  await app.input('一句话说明主题', '工业软件企业面对面')
  await app.input('详细地址', '两江新区企业服务中心 5 楼')
  const [startDate, startTime, endDate, endTime, deadlineDate, deadlineTime] = app.view.byTag('picker')
  for (const [picker, value] of [
    [startDate, '2026-12-20'],
    [startTime, '14:00'],
    [endDate, '2026-12-20'],
    [endTime, '17:00'],
    [deadlineDate, '2026-12-19'],
    [deadlineTime, '12:00'],
  ] as const) {
    if (!picker) throw new Error('the form has fewer date/time pickers than expected')
    await app.fire(picker, 'change', { value })
  }
  // What was picked shows in the fields: no typed times.
  await app.waitForText('2026年12月20日')
  await app.waitForText('17:00')
  await app.input('至少 1 人', '30')
  await app.input('多位嘉宾用、分隔', '工业软件协会 李会长')
  await app.tap('数字经济')
  await app.input('议程、适合谁来、会得到什么', '主题分享、企业交流、自由洽谈。')
  await app.tap('保存草稿')
  await app.waitForRoute('admin/salons/index')
  // The list opens on 草稿, where the new draft is.
  await app.waitForText('工业软件企业家沙龙')
  expect(app.program.stack).toHaveLength(1)
  const drafts = await weapp.api<{ items: Salon[] }>('/salons?status=draft', 'usr-admin-01')
  const created = drafts.items.find((s) => s.title === '工业软件企业家沙龙')
  expect(created).toMatchObject({ status: 'draft', capacity: 30 })

  // Edit: the form opens with the saved values; a new capacity is saved with PUT.
  await app.open(`/admin/salon-form/index?id=${created?.id}`)
  await app.waitForText('保存修改')
  expect(app.view.inputs().map((i) => i.value)).toContain('工业软件企业家沙龙')
  await app.input('至少 1 人', '40')
  await app.tap('保存修改')
  await app.waitForRoute('admin/salons/index')
  const edited = await weapp.api<Salon>(`/salons/${created?.id}`, 'usr-admin-01')
  expect(edited.capacity).toBe(40)

  // Publish from the 草稿 tab: the 发布 on our salon's card (the one sharing the deepest ancestor with
  // its title), not the seed draft's.
  await app.tap('草稿')
  await app.waitForText('工业软件企业家沙龙')
  const title = app.view.findByText('工业软件企业家沙龙')?.path ?? []
  const shared = (path: unknown[]) => path.findIndex((node, i) => node !== title[i])
  let best = 0
  for (let n = 1; app.view.findByText('发布', n); n++) {
    const candidate = app.view.findByText('发布', n)?.path ?? []
    if (shared(candidate) > shared(app.view.findByText('发布', best)?.path ?? [])) best = n
  }
  await app.tap('发布', best)
  await app.waitForText('草稿 · 30 席')
  await app.tap('已发布')
  await app.waitForText('已确认 0/40 · 候补 0')
  const published = await weapp.api<Salon>(`/salons/${created?.id}`, 'usr-admin-01')
  expect(published.status).toBe('published')

  // Check-in: a confirmed booking of 低空经济企业家沙龙 (sal-01) by its code.
  const roster = await weapp.api<{ items: { checkInCode: string; userName: string; status: string }[] }>(
    '/salons/sal-01/bookings',
    'usr-admin-01',
  )
  const booking = roster.items[0]
  expect(booking?.checkInCode).toBeTruthy()
  await app.open('/admin/check-in/index?salonId=sal-01')
  // 应到: those holding a seat.
  const seated = roster.items.filter((b) => b.status === 'confirmed' || b.status === 'checked_in').length
  await app.waitForText(`0 / ${seated}`)
  await app.input('输入签到码', String(booking?.checkInCode))
  // The page banner says 签到 too (and so does the tab bar, after it); the button is the second.
  await app.tap('签到', 1)
  await app.waitForText(String(booking?.userName))
  await app.waitForText(`1 / ${seated}`)
  expect(app.text()).not.toContain('暂无签到')

  expectClean(app)
  console.log(`admin journey setData: ${JSON.stringify(app.setDataStats())}`)
})
