// An owner on the compiled weapp reads a salon's agenda and speakers, opens WeChat's map with 导航 and
// adds the salon to the phone's calendar: both are wx calls with the salon's own data.
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()

interface SalonData {
  title: string
  summary: string
  location: string
  startAt: string
  endAt: string
  coordinates: { latitude: number; longitude: number }
  agenda: { time: string; topic: string; speaker?: string }[]
}

test('owner: agenda and speakers on the salon page, 导航 and 添加到日历 as wx calls', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  const salon = await weapp.api<SalonData>('/salons/sal-01', 'usr-owner-01')
  await app.tapTab('沙龙')
  await app.tap(salon.title)
  await app.waitForRoute('pages/salons/detail/index')
  for (const item of salon.agenda) await app.waitForText(item.topic)
  expect(app.text()).toContain('首席研究员')

  // The share menu is on, and the card WeChat asks the page for names the salon and opens it.
  expect(app.wx.ui.shareMenus).toEqual([{ withShareTicket: false }])
  const onShare = app.page.onShareAppMessage as (event: object) => Record<string, string>
  const card = onShare.call(app.page, { from: 'menu' })
  expect(card.title).toBe(`${salon.title} · 企业家沙龙`)
  expect(card.path).toBe('/pages/salons/detail/index?id=sal-01')
  expect(card.imageUrl).toMatch(/\/api\/v1\/files\/file-poster-sky\?expires=/)

  await app.tap('导航')
  await app.settle()
  expect(app.wx.ui.openedLocations).toEqual([
    {
      latitude: salon.coordinates.latitude,
      longitude: salon.coordinates.longitude,
      name: salon.title,
      address: salon.location,
      scale: 16,
    },
  ])

  await app.tap('添加到日历')
  await app.settle()
  expect(app.wx.ui.lastToast?.title).toBe('已添加到日历')
  expect(app.wx.ui.calendarEvents).toEqual([
    expect.objectContaining({
      title: salon.title,
      startTime: Date.parse(salon.startAt) / 1000,
      endTime: String(Date.parse(salon.endAt) / 1000),
      location: salon.location,
    }),
  ])
  expectClean(app)
})

test('owner: booking a salon that asks sign-up fields, typed in and stored with the booking', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '何亦然', 'pages/home/index')
  await app.tapTab('沙龙')
  await app.tap('生命健康产业链对接会')
  await app.waitForRoute('pages/salons/detail/index')
  await app.tap('报名')
  await app.waitForText('提交报名')
  await app.tap('提交报名')
  await app.waitForText('请填写手机号')
  await app.input('请填写手机号', '13800000002')
  await app.input('选填：职务', '副总经理')
  await app.tap('提交报名')
  await app.waitForText('我的入场券')
  const list = await weapp.api<{ items: { userId: string; answers?: Record<string, string> }[] }>(
    '/salons/sal-03/bookings?limit=100',
    'usr-admin-01',
  )
  expect(list.items.find((b) => b.userId === 'usr-owner-02')?.answers).toEqual({
    name: '何亦然',
    title: '副总经理',
    phone: '13800000002',
  })
  expectClean(app)
})
