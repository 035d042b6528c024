import { fireEvent, screen, waitFor, within } from '@testing-library/react'

import { getSalon } from '@/api/endpoints/salons'
import { SalonForm } from '@/features/salons/salon-form'
import {
  EMPTY_SALON_FORM,
  salonToForm,
  validateSalonForm,
  type SalonFormValues,
} from '@/features/salons/salon-form-schema'
import { salonDraftKey } from '@/features/salons/use-salon-form'
import { useDraftStore } from '@/stores/draft-store'

import { renderWithSwr } from '../support/render'
import { signInAs } from '../support/session'

const valid: SalonFormValues = {
  title: '专精特新企业家沙龙',
  summary: '聊聊专精特新申报',
  description: '',
  speakers: '王老师、李老师',
  location: '两江新区互联网产业园 3 栋',
  startAt: '2030-05-10 14:00',
  endAt: '2030-05-10 16:30',
  bookingDeadline: '2030-05-09 18:00',
  capacity: '30',
}

const submit = () => fireEvent.click(screen.getByText('保存草稿').closest('.nut-button')!)

describe('salon form validation', () => {
  it('accepts a valid form and sends the contract body', () => {
    const result = validateSalonForm(valid)
    expect(result.errors).toBeUndefined()
    expect(result.body).toMatchObject({ capacity: 30, speakers: ['王老师', '李老师'] })
  })

  it.each<[string, Partial<SalonFormValues>, string, string]>([
    ['a short title', { title: '沙' }, 'title', '请填写标题（2–60 字）'],
    ['no place', { location: '  ' }, 'location', '请填写地点（120 字以内）'],
    ['a time without its date', { startAt: ' 14:00' }, 'startAt', '请选择开始的日期和时间'],
    ['an end before the start', { endAt: '2030-05-10 13:00' }, 'endAt', '结束时间须晚于开始时间'],
    [
      'a deadline after the start',
      { bookingDeadline: '2030-05-10 15:00' },
      'bookingDeadline',
      '报名截止时间不能晚于开始时间',
    ],
    ['no seats', { capacity: '0' }, 'capacity', '名额须为不少于 1 的整数'],
    ['half a seat', { capacity: '2.5' }, 'capacity', '名额须为不少于 1 的整数'],
  ])('refuses %s', (_name, patch, field, message) => {
    const { errors } = validateSalonForm({ ...valid, ...patch })
    expect(errors?.[field as keyof SalonFormValues]).toContain(message)
  })

  it('refuses fewer seats than already booked', () => {
    const { errors } = validateSalonForm({ ...valid, capacity: '3' }, 5)
    expect(errors?.capacity).toBe('名额不能少于已确认的报名人数（5 人）')
  })
})

/**
 * A picker's field by its name. Taro's H5 <taro-picker-core> keeps its wheel's open state in a
 * property called `hidden` (true while closed), which jsdom's accessibility check reads as the HTML
 * attribute; browsers don't, so the journeys find these by role without this.
 */
const pickerField = (name: string) => screen.getByRole('button', { name, hidden: true })

describe('SalonForm', () => {
  it('marks what is required, picks times instead of typing them, and offers no 全部 as a chain', async () => {
    await signInAs('admin')
    useDraftStore.getState().saveDraft(salonDraftKey(), { ...EMPTY_SALON_FORM, startAt: '2030-05-10 14:00' })
    const { container } = renderWithSwr(<SalonForm onSaved={jest.fn()} />)
    expect(screen.getByLabelText('标题（必填）')).toBeInTheDocument()
    expect(screen.getByLabelText('报名截止（必填）')).toBeInTheDocument()
    expect(screen.getByLabelText('分享嘉宾（选填）')).toBeInTheDocument()
    expect(screen.getByLabelText('产业链（选填）')).toBeInTheDocument()

    // Times are two pickers each, showing what was picked; nothing asks for a typed time.
    expect(pickerField('开始时间日期，2030-05-10')).toHaveTextContent('2030年5月10日')
    expect(pickerField('开始时间时刻，14:00')).toHaveTextContent('14:00')
    expect(pickerField('结束时间日期，未选择')).toHaveTextContent('选择日期')
    expect(container.querySelector('[placeholder*="HH:mm"], [placeholder*="2026-"]')).toBeNull()

    const chains = within(screen.getByRole('radiogroup', { name: '产业链' })).getAllByRole('radio')
    expect(chains.map((chip) => chip.textContent)).not.toContain('全部')
    expect(chains[0]).toHaveTextContent('不限')
    expect(chains[0]).toHaveAttribute('aria-checked', 'true')
  })

  it('fills a time from the date and time pickers', async () => {
    await signInAs('admin')
    const { container } = renderWithSwr(<SalonForm onSaved={jest.fn()} />)
    const picker = (field: string, kind: 'date' | 'time') =>
      container.querySelector(`.date-time-field--${field} .date-time-field__picker--${kind}`)!
    // A time first waits for its date; the date then keeps the time.
    fireEvent(picker('endAt', 'time'), new CustomEvent('change', { detail: { value: '17:30' } }))
    await waitFor(() =>
      expect(useDraftStore.getState().drafts[salonDraftKey()]).toMatchObject({ endAt: ' 17:30' }),
    )
    expect(pickerField('结束时间日期，未选择')).toBeInTheDocument()
    fireEvent(picker('endAt', 'date'), new CustomEvent('change', { detail: { value: '2030-06-01' } }))
    await waitFor(() =>
      expect(useDraftStore.getState().drafts[salonDraftKey()]).toMatchObject({ endAt: '2030-06-01 17:30' }),
    )
    expect(pickerField('结束时间时刻，17:30')).toBeInTheDocument()
    // A date alone takes 14:00 until a time is picked.
    fireEvent(picker('startAt', 'date'), new CustomEvent('change', { detail: { value: '2030-06-01' } }))
    await waitFor(() =>
      expect(useDraftStore.getState().drafts[salonDraftKey()]).toMatchObject({ startAt: '2030-06-01 14:00' }),
    )
  })

  it('shows each error next to its field, keeps what was typed, and sends nothing', async () => {
    await signInAs('admin')
    useDraftStore.getState().saveDraft(salonDraftKey(), {
      ...EMPTY_SALON_FORM,
      title: '周五沙龙',
      startAt: '2030-05-10 14:00',
      endAt: '2030-05-10 12:00',
      bookingDeadline: '2030-05-11 09:00',
      capacity: '0',
    })
    const onSaved = jest.fn()
    renderWithSwr(<SalonForm onSaved={onSaved} />)
    submit()
    expect(await screen.findByText('结束时间须晚于开始时间')).toBeInTheDocument()
    expect(screen.getByText('报名截止时间不能晚于开始时间')).toBeInTheDocument()
    expect(screen.getByText('名额须为不少于 1 的整数')).toBeInTheDocument()
    expect(screen.getByText('请填写地点（120 字以内）')).toBeInTheDocument()
    // The error sits inside the field it belongs to.
    const capacityField = screen.getByText('名额').closest('.salon-form__field')!
    expect(capacityField.textContent).toContain('名额须为不少于 1 的整数')
    expect(onSaved).not.toHaveBeenCalled()
    expect(useDraftStore.getState().drafts[salonDraftKey()]).toMatchObject({ title: '周五沙龙' })
  })

  it('saves a valid draft once and clears the kept draft', async () => {
    await signInAs('admin')
    useDraftStore.getState().saveDraft(salonDraftKey(), { ...valid })
    const onSaved = jest.fn()
    renderWithSwr(<SalonForm onSaved={onSaved} />)
    submit()
    submit()
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    const saved = onSaved.mock.calls[0][0]
    expect(saved).toMatchObject({ status: 'draft', capacity: 30, title: valid.title })
    expect(useDraftStore.getState().drafts[salonDraftKey()]).toBeUndefined()
  })

  it('refuses, on edit, a capacity below the seats already booked', async () => {
    await signInAs('admin')
    const salon = await getSalon('sal-02')
    useDraftStore
      .getState()
      .saveDraft(salonDraftKey(salon.id), { ...salonToForm(salon), capacity: String(salon.bookedCount - 1) })
    renderWithSwr(<SalonForm salon={salon} onSaved={jest.fn()} />)
    fireEvent.click(screen.getByText('保存修改').closest('.nut-button')!)
    expect(
      await screen.findByText(`名额不能少于已确认的报名人数（${salon.bookedCount} 人）`),
    ).toBeInTheDocument()
  })
})
