import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { UpdateSalonBodySchema, type Salon } from '@/api/contract/schemas/salon'
import { getSalon } from '@/api/endpoints/salons'
import { SalonProgramEditor } from '@/features/salons/salon-program-editor'
import {
  programErrors,
  programToBody,
  salonToProgram,
  type ProgramValues,
} from '@/features/salons/salon-program-form'

/** What the backend answers for these lines: the contract's schema, its issues put under the boxes. */
function validateProgram(salon: Salon, values: ProgramValues) {
  const result = UpdateSalonBodySchema.safeParse(programToBody(salon, values))
  if (result.success) return { body: result.data }
  return {
    errors: programErrors(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))),
  }
}

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'
import { typeInto } from '../support/type-into'

const salon: Salon = {
  id: 'sal-x',
  title: '沙龙',
  summary: '简介',
  description: '',
  speakers: ['王研究员'],
  location: '两江新区',
  startAt: '2030-05-10T14:00:00+08:00',
  endAt: '2030-05-10T16:00:00+08:00',
  bookingDeadline: '2030-05-09T18:00:00+08:00',
  capacity: 10,
  status: 'draft',
  bookedCount: 0,
  waitlistCount: 0,
}
const EMPTY: ProgramValues = {
  agenda: '',
  speakers: '',
  coordinates: '',
  signupFields: '',
  offerThresholdHours: '',
  offerWindowHours: '',
}

describe('活动资料 lines → the contract body', () => {
  it('parses agenda, speakers, coordinates and sign-up fields', () => {
    const result = validateProgram(salon, {
      ...EMPTY,
      speakers: '王研究员 / 首席研究员 / 低空经济研究院\n李明',
      agenda: '9:30 签到\n14:00 政策解读 / 王研究员',
      coordinates: '29.6486, 106.5608',
      signupFields: '姓名*\n职务\n联系电话*\n关注议题',
    })
    expect(result.errors).toBeUndefined()
    expect(result.body).toMatchObject({
      title: salon.title,
      capacity: salon.capacity,
      speakers: ['王研究员', '李明'],
      speakerProfiles: [
        { name: '王研究员', title: '首席研究员', organisation: '低空经济研究院' },
        { name: '李明' },
      ],
      agenda: [
        { time: '09:30', topic: '签到' },
        { time: '14:00', topic: '政策解读', speaker: '王研究员' },
      ],
      coordinates: { latitude: 29.6486, longitude: 106.5608 },
      signupFields: [
        { key: 'name', label: '姓名', required: true, kind: 'text' },
        { key: 'title', label: '职务', required: false, kind: 'text' },
        { key: 'q3', label: '联系电话', required: true, kind: 'phone' },
        { key: 'q4', label: '关注议题', required: false, kind: 'text' },
      ],
    })
  })

  it.each<[string, Partial<ProgramValues>, keyof ProgramValues, string]>([
    ['an agenda line without a time', { agenda: '政策解读' }, 'agenda', '议程每项须有 HH:mm 时间和主题'],
    ['an agenda at 25:00', { agenda: '25:00 夜场' }, 'agenda', '议程每项须有 HH:mm 时间和主题'],
    ['one coordinate', { coordinates: '29.6' }, 'coordinates', '坐标须为有效的纬度'],
    ['a latitude past the pole', { coordinates: '95, 106' }, 'coordinates', '坐标须为有效的纬度'],
    ['a speaker title too long', { speakers: `王 / ${'长'.repeat(61)}` }, 'speakers', '嘉宾须有姓名'],
    ['the same sign-up field twice', { signupFields: '姓名\n姓名*' }, 'signupFields', '名称不能重复'],
    ['a confirm window of 0 h', { offerWindowHours: '0' }, 'offerWindowHours', '候补确认时限须为 1～48'],
    ['a threshold of 1.5 h', { offerThresholdHours: '1.5' }, 'offerThresholdHours', '候补确认的提前时间'],
  ])('refuses %s with the contract’s words', (_name, patch, field, message) => {
    const { errors } = validateProgram(salon, { ...EMPTY, ...patch })
    expect(errors?.[field]).toContain(message)
  })

  it('round-trips a salon’s program, a missing title kept as an empty slot', () => {
    const rich: Salon = {
      ...salon,
      speakerProfiles: [{ name: '王研究员', organisation: '研究院' }],
      agenda: [{ time: '14:00', topic: '分享', speaker: '王研究员' }],
      coordinates: { latitude: 29.5, longitude: 106.5 },
      signupFields: [{ key: 'phone', label: '手机号', required: true, kind: 'phone' }],
    }
    const values = salonToProgram(rich)
    expect(values).toMatchObject({
      agenda: '14:00 分享 / 王研究员',
      coordinates: '29.5, 106.5',
      signupFields: '手机号*',
    })
    const body = programToBody(rich, values)
    expect(body).toMatchObject({
      speakerProfiles: [{ name: '王研究员', organisation: '研究院' }],
      agenda: rich.agenda,
      coordinates: rich.coordinates,
      signupFields: rich.signupFields,
    })
    expect(body.speakerProfiles?.[0]).not.toHaveProperty('title')
  })

  it('keeps the offer settings as numbers, and empty as the default (not sent)', () => {
    const values = salonToProgram({ ...salon, offerThresholdHours: 12, offerWindowHours: 3 })
    expect([values.offerThresholdHours, values.offerWindowHours]).toEqual(['12', '3'])
    expect(programToBody(salon, { ...values, offerWindowHours: ' 1 ' })).toMatchObject({
      offerThresholdHours: 12,
      offerWindowHours: 1,
    })
    const plain = programToBody(salon, EMPTY)
    expect([plain.offerThresholdHours, plain.offerWindowHours]).toEqual([undefined, undefined])
  })
})

describe('SalonProgramEditor', () => {
  it('saves an agenda line and a sign-up field to the salon; a bad line is refused under its box', async () => {
    const user = userEvent.setup()
    await signInAs('admin')
    const before = await getSalon('sal-04')
    const saved = jest.fn()
    renderWithSwr(<SalonProgramEditor salon={before} onSaved={saved} />)
    const agenda = within(screen.getByLabelText('议程')).getByPlaceholderText('14:00 主题 / 嘉宾')
    await typeInto(user, agenda, '14:00')
    await user.click(screen.getByText('保存活动资料'))
    expect(await screen.findByText(/议程每项须有 HH:mm 时间和主题/)).toBeInTheDocument()
    expect(saved).not.toHaveBeenCalled()

    await typeInto(user, agenda, '14:00 供应链对接 / 采购中心')
    // Taro's textarea element (its inner <textarea> may be rendered by now too).
    const [signup] = within(screen.getByLabelText('报名信息')).getAllByPlaceholderText('姓名*、职务、手机号*')
    await typeInto(user, signup!, '姓名*、所在部门')
    await user.click(screen.getByText('保存活动资料'))
    await waitFor(() => expect(saved).toHaveBeenCalled())
    const after = await getSalon('sal-04')
    expect(after.agenda).toEqual([{ time: '14:00', topic: '供应链对接', speaker: '采购中心' }])
    expect(after.signupFields).toEqual([
      { key: 'name', label: '姓名', required: true, kind: 'text' },
      { key: 'q2', label: '所在部门', required: false, kind: 'text' },
    ])
    // Nothing else of the salon moved.
    expect(after).toMatchObject({ title: before.title, capacity: before.capacity, startAt: before.startAt })
    // Typing is one event a character: give a busy machine room.
  }, 20_000)
})
