/** @jest-environment node */
import { setup } from './support'

const ADMIN = 'usr-admin-01'
const owner = (n: number) => `usr-owner-${String(n).padStart(2, '0')}`

type Harness = ReturnType<typeof setup>
const bookingOf = async (h: Harness, who: string, salonId: string) =>
  (await h.as(who).get(`/salons/${salonId}`)).body.myBooking

// sal-06 (over): owners 01–04 checked in, 05 confirmed and never came, 06 cancelled.
describe('feedback after the event', () => {
  it('takes one score and comment from an attendee who checked in; a second time is 409', async () => {
    const h = setup()
    const mine = await bookingOf(h, owner(1), 'sal-06')
    const res = await h
      .as(owner(1))
      .post(`/bookings/${mine.id}/feedback`, { score: 5, comment: ' 很有收获 ' })
    expect(res.status).toBe(201)
    expect(res.body.feedback).toMatchObject({ score: 5, comment: '很有收获' })
    expect((await bookingOf(h, owner(1), 'sal-06')).feedback.score).toBe(5)
    const again = await h
      .as(owner(1))
      .post(`/bookings/${mine.id}/feedback`, { score: 1, comment: '改主意了' })
    expect([again.status, again.body.error.code, again.body.error.message]).toEqual([
      409,
      'CONFLICT',
      '您已评价过本场活动，每场只能评价一次',
    ])
    expect((await bookingOf(h, owner(1), 'sal-06')).feedback.score).toBe(5)
  })

  it('refuses a score outside 1–5 or a comment over 500 characters, and changes nothing', async () => {
    const h = setup()
    const mine = await bookingOf(h, owner(2), 'sal-06')
    for (const body of [
      { score: 0 },
      { score: 6 },
      { score: 4.5 },
      { score: 3, comment: '长'.repeat(501) },
    ]) {
      const res = await h.as(owner(2)).post(`/bookings/${mine.id}/feedback`, body)
      expect(res.status).toBe(400)
      expect(res.body.error.code).toBe('VALIDATION_FAILED')
    }
    expect((await bookingOf(h, owner(2), 'sal-06')).feedback).toBeUndefined()
  })

  it('refuses one who did not check in (未到), a salon not yet over, and another’s booking', async () => {
    const h = setup()
    const absent = await bookingOf(h, owner(5), 'sal-06')
    expect(absent.status).toBe('confirmed')
    const res = await h.as(owner(5)).post(`/bookings/${absent.id}/feedback`, { score: 4 })
    expect([res.status, res.body.error.message]).toEqual([409, '仅签到参加的报名可以评价'])
    const upcoming = (await h.as(owner(1)).post('/salons/sal-01/bookings', {})).body
    const early = await h.as(owner(1)).post(`/bookings/${upcoming.id}/feedback`, { score: 4 })
    expect([early.status, early.body.error.message]).toEqual([409, '活动结束后才能评价'])
    const mine = await bookingOf(h, owner(3), 'sal-06')
    expect((await h.as(owner(4)).post(`/bookings/${mine.id}/feedback`, { score: 4 })).status).toBe(404)
  })

  it('gives the admin attendance (checked in over seated, 未到) and the feedback', async () => {
    const h = setup()
    const empty = (await h.as(ADMIN).get('/salons/sal-06/feedback')).body
    expect(empty).toMatchObject({
      seatedCount: 5,
      checkedInCount: 4,
      noShowCount: 1,
      attendanceRate: 0.8,
      feedbackCount: 0,
      averageScore: null,
      comments: [],
    })
    for (const [n, score, comment] of [
      [1, 5, '嘉宾讲得透'],
      [2, 4, ''],
      [3, 4, '希望多些答疑'],
    ] as const) {
      const mine = await bookingOf(h, owner(n), 'sal-06')
      expect((await h.as(owner(n)).post(`/bookings/${mine.id}/feedback`, { score, comment })).status).toBe(
        201,
      )
    }
    const summary = (await h.as(ADMIN).get('/salons/sal-06/feedback')).body
    expect(summary).toMatchObject({ feedbackCount: 3, averageScore: 4.3 })
    expect(summary.comments.map((c: { comment: string }) => c.comment).sort()).toEqual([
      '嘉宾讲得透',
      '希望多些答疑',
    ])
    expect((await h.as(owner(1)).get('/salons/sal-06/feedback')).status).toBe(403)
  })
})
