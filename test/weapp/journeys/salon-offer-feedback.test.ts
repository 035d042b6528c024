// Issue 17 on the compiled weapp: an owner takes a seat offered from the waitlist (with the time left
// shown), and after a salon they attended rates it once; the admin reads attendance and the rating.
import { expectClean, loginAs, setupWeapp } from '../support/journey'

const weapp = setupWeapp()
const HOUR = 3600_000
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')

async function call(method: string, path: string, userId: string, body?: unknown): Promise<{ id: string }> {
  const response = await fetch(`${weapp.backend.server.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer demo-${userId}`,
      'content-type': 'application/json',
      'idempotency-key': `weapp-${path}-${userId}`,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}`)
  return (await response.json()) as { id: string }
}

test('owner: a seat freed close to the start is offered; 确认参加 takes it', async () => {
  const start = Date.now() + 5 * HOUR
  const salon = await call('POST', '/salons', 'usr-admin-01', {
    title: '临开场候补小课',
    summary: '一席',
    description: '',
    speakers: [],
    location: '两江新区',
    startAt: iso(start),
    endAt: iso(start + 2 * HOUR),
    bookingDeadline: iso(start - HOUR),
    capacity: 1,
  })
  await call('POST', `/salons/${salon.id}/publish`, 'usr-admin-01')
  const seat = await call('POST', `/salons/${salon.id}/bookings`, 'usr-owner-02', {})
  await call('POST', `/salons/${salon.id}/bookings`, 'usr-owner-01', {})
  await call('POST', `/bookings/${seat.id}/cancel`, 'usr-owner-02')

  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  await app.open(`/pages/salons/detail/index?id=${salon.id}`)
  await app.waitForText('候补名额待确认')
  expect(app.text()).toMatch(/还剩 (1 小时 5\d 分|2 小时)/)
  expect(app.text()).toContain('放弃名额')
  await app.tap('确认参加')
  await app.waitForText('我的入场券')
  await app.waitForText('签到码')
  const mine = await weapp.api<{ myBooking: { status: string } }>(`/salons/${salon.id}`, 'usr-owner-01')
  expect(mine.myBooking.status).toBe('confirmed')
  expectClean(app)
})

test('owner rates a salon they attended, once; the admin sees attendance and the rating', async () => {
  const app = await weapp.launch()
  await loginAs(app, '企业主', '程飞', 'pages/home/index')
  // 专精特新政策解读会 (sal-06) is over; 程飞 checked in.
  await app.open('/pages/salons/detail/index?id=sal-06')
  await app.waitForText('活动评价')
  await app.tap('★', 3)
  await app.waitForText('满意')
  await app.input('说说收获或建议（选填，500 字以内）', '政策讲得很清楚')
  await app.tap('提交评价')
  await app.waitForText('感谢您的评价')
  expect(app.text()).not.toContain('提交评价')
  const mine = await weapp.api<{ myBooking: { feedback?: { score: number; comment: string } } }>(
    '/salons/sal-06',
    'usr-owner-01',
  )
  expect(mine.myBooking.feedback).toMatchObject({ score: 4, comment: '政策讲得很清楚' })
  expectClean(app)

  const admin = await weapp.launch()
  await loginAs(admin, '管理员', '周婷', 'admin/salons/index')
  await admin.open('/admin-salon/feedback/index?id=sal-06')
  await admin.waitForText('签到率')
  // Owners 01–04 checked in, 05 held a seat and never came: 4 of 5.
  expect(admin.text()).toContain('80%')
  expect(admin.text()).toContain('4/5')
  expect(admin.text()).toContain('4.0')
  expect(admin.text()).toContain('政策讲得很清楚')
  expectClean(admin)
})
