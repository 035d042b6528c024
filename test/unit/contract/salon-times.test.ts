/** @jest-environment node */
import { salonCapacityError, salonTimeErrors } from '../../../src/api/contract/rules/salon-times'
import { validateSalonForm } from '../../../src/features/salons/salon-form-schema'
import { setup } from '../mock/support'

const TIMES = {
  startAt: '2030-05-10T14:00:00+08:00',
  endAt: '2030-05-10T16:30:00+08:00',
  bookingDeadline: '2030-05-09T18:00:00+08:00',
}

describe('salon times and seats (contract rule)', () => {
  it('wants bookingDeadline ≤ startAt < endAt', () => {
    expect(salonTimeErrors(TIMES)).toEqual([])
    expect(salonTimeErrors({ ...TIMES, bookingDeadline: TIMES.startAt })).toEqual([])
    expect(salonTimeErrors({ ...TIMES, endAt: TIMES.startAt })).toEqual([
      { path: 'endAt', message: '结束时间须晚于开始时间' },
    ])
    expect(salonTimeErrors({ ...TIMES, bookingDeadline: '2030-05-10T14:01:00+08:00' })).toEqual([
      { path: 'bookingDeadline', message: '报名截止时间不能晚于开始时间' },
    ])
  })

  it('keeps at least the confirmed bookings’ seats', () => {
    expect(salonCapacityError(5, 5)).toBeUndefined()
    expect(salonCapacityError(4, 5)).toEqual({
      path: 'capacity',
      message: '名额不能少于已确认的报名人数（5 人）',
    })
  })
})

describe('the salon form and the backend say the same thing', () => {
  it('for times out of order', async () => {
    const { as } = setup()
    const body = {
      title: '专精特新企业家沙龙',
      summary: '聊聊专精特新申报',
      description: '',
      speakers: ['王老师'],
      location: '两江新区互联网产业园 3 栋',
      capacity: 30,
      ...TIMES,
      endAt: '2030-05-10T13:00:00+08:00',
      bookingDeadline: '2030-05-11T18:00:00+08:00',
    }
    const res = await as('usr-admin-01').post('/salons', body)
    expect(res.status).toBe(400)
    const form = validateSalonForm({
      ...body,
      speakers: '王老师',
      capacity: '30',
      startAt: '2030-05-10 14:00',
      endAt: '2030-05-10 13:00',
      bookingDeadline: '2030-05-11 18:00',
    })
    expect(res.body.error.details).toEqual([
      { path: 'endAt', message: form.errors?.endAt },
      { path: 'bookingDeadline', message: form.errors?.bookingDeadline },
    ])
  })

  it('for a short title, no place and no seats (the schema’s own words)', async () => {
    const { as } = setup()
    const body = {
      title: '沙',
      summary: '聊聊专精特新申报',
      description: '',
      speakers: ['王老师'],
      location: '  ',
      capacity: 0,
      ...TIMES,
    }
    const res = await as('usr-admin-01').post('/salons', body)
    expect(res.status).toBe(400)
    const form = validateSalonForm({
      ...body,
      speakers: '王老师',
      capacity: '0',
      startAt: '2030-05-10 14:00',
      endAt: '2030-05-10 16:30',
      bookingDeadline: '2030-05-09 18:00',
    })
    const byPath = Object.fromEntries(
      (res.body.error.details as { path: string; message: string }[]).map((d) => [d.path, d.message]),
    )
    expect(byPath).toEqual({
      title: '请填写标题（2–60 字）',
      location: '请填写地点（120 字以内）',
      capacity: '名额须为不少于 1 的整数',
    })
    expect(form.errors).toEqual(byPath)
  })
})
