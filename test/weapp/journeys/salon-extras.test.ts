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
