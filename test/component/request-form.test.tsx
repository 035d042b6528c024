import Taro from '@tarojs/taro'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import dayjs from 'dayjs'

import type { ServiceRequest, ServiceType } from '@/api/contract/schemas/service-request'
import * as files from '@/api/endpoints/files'
import { getServiceRequests, getServiceTypes } from '@/api/endpoints/service-requests'
import { ApiError } from '@/api/http/api-error'
import { requestDraftKey } from '@/features/requests/request-draft'
import { RequestForm } from '@/features/requests/request-form'
import NewRequestPage from '@/pages/requests/new/index'
import { useDraftStore } from '@/stores/draft-store'

import { renderWithSwr } from '../support/render'
import { openedWith } from '../support/router'
import { signInAs } from '../support/session'
import { typeInto as typeAsUser } from '../support/type-into'

async function typeOf(code: string): Promise<ServiceType> {
  const type = (await getServiceTypes()).find((candidate) => candidate.code === code)
  if (!type) throw new Error(code)
  return type
}

/** Taro's H5 input/textarea custom element inside a field; NutUI reads event.target.value on the web. */
function control(key: string): Element {
  const element = document
    .querySelector(`[data-field="${key}"]`)
    ?.querySelector('taro-input-core, taro-textarea-core')
  if (!element) throw new Error(`no input for ${key}`)
  return element
}

/** NutUI's Input reads event.target.value on the web, its TextArea event.detail.value (Taro's event). */
function typeInto(key: string, value: string) {
  const element = control(key)
  if (element.tagName.toLowerCase() === 'taro-textarea-core') {
    fireEvent(element, new CustomEvent('input', { detail: { value }, bubbles: true }))
  } else {
    fireEvent.input(element, { target: { value } })
  }
}
const fieldError = (key: string) =>
  document.querySelector(`[data-field="${key}"] .form-field__error`)?.textContent ?? null
const countRequests = async () => (await getServiceRequests({ limit: 100 })).items.length

function fillRegistration() {
  typeInto('companyName', '重庆飞快低空物流有限公司')
  fireEvent.click(screen.getByText('有限责任公司'))
  typeInto('registeredCapital', '200')
  typeInto('businessScope', '无人机物流配送；航空器维修')
  typeInto('contactName', '程飞')
  typeInto('contactPhone', '13800001234')
}

async function renderForm(code: string) {
  await signInAs('owner', (account) => account.userId === 'usr-owner-01')
  const type = await typeOf(code)
  const onCreated = jest.fn<void, [ServiceRequest]>()
  const view = renderWithSwr(<RequestForm type={type} onCreated={onCreated} />)
  // Every type asks for a phone: once it shows the account's, the account has loaded.
  await waitFor(() => expect(control('contactPhone').getAttribute('value')).toBe('13800000001'))
  return { type, onCreated, ...view }
}

describe('RequestForm (built from the type fields)', () => {
  it('renders a control for each field type: text, select, number, textarea, phone, date', async () => {
    await renderForm('business_registration')
    expect(control('companyName').getAttribute('type')).toBe('text')
    expect(control('businessScope').tagName.toLowerCase()).toBe('taro-textarea-core')
    expect(control('contactPhone').getAttribute('type')).toBe('tel')
    expect(screen.getByRole('radiogroup', { name: '企业类型' })).toBeInTheDocument()
    expect(screen.getAllByText('股份有限公司')).toHaveLength(1)
    expect(screen.getByText(/需要准备：法定代表人身份证复印件/)).toBeInTheDocument()
  })

  it('shows a date field as a picker with its own message when left empty', async () => {
    await renderForm('bank_account')
    expect(screen.getByText('点击选择日期')).toBeInTheDocument()
    fireEvent.click(screen.getByText('提交申请'))
    await waitFor(() => expect(fieldError('preferredDate')).toBe('请选择期望办理日期'))
    expect(fieldError('bankName')).toBe('请选择开户银行')
  })

  it('checks a field as the user types: a malformed phone gets its message next to the field', async () => {
    await renderForm('business_registration')
    typeInto('contactPhone', '1380000')
    await waitFor(() => expect(fieldError('contactPhone')).toBe('请输入正确的联系电话（11 位手机号）'))
    expect(fieldError('companyName')).toBeNull() // untouched fields stay quiet until submit
    typeInto('contactPhone', '13800001234')
    await waitFor(() => expect(fieldError('contactPhone')).toBeNull())
  })

  it('refuses an empty submit with a message per required field and sends nothing', async () => {
    const { onCreated } = await renderForm('business_registration')
    const before = await countRequests()
    // The contact fields come filled from the account: they pass, the rest is reported.
    await waitFor(() => expect(control('contactName').getAttribute('value')).toBe('程飞'))
    fireEvent.click(screen.getByText('提交申请'))
    await waitFor(() => expect(fieldError('companyName')).toBe('请填写拟注册企业名称'))
    expect(fieldError('companyType')).toBe('请选择企业类型')
    expect(fieldError('registeredCapital')).toBe('请填写注册资本（万元）')
    expect(fieldError('businessScope')).toBe('请填写经营范围')
    expect(fieldError('contactName')).toBeNull()
    expect(fieldError('contactPhone')).toBeNull()
    expect(onCreated).not.toHaveBeenCalled()
    expect(await countRequests()).toBe(before)
  })

  it('keeps the draft when the user leaves, and restores it (date included) on return', async () => {
    const first = await renderForm('business_registration')
    typeInto('companyName', '飞快二期')
    typeInto('contactPhone', '139')
    first.unmount()
    const stored = useDraftStore.getState().drafts[requestDraftKey('business_registration')] as {
      values: Record<string, string>
    }
    expect(stored.values).toMatchObject({ companyName: '飞快二期', contactPhone: '139' })

    const second = renderWithSwr(<RequestForm type={first.type} onCreated={() => undefined} />)
    expect(control('companyName').getAttribute('value')).toBe('飞快二期')
    // The typed phone stays over the account's, which has loaded once the name shows.
    await waitFor(() => expect(control('contactName').getAttribute('value')).toBe('程飞'))
    expect(control('contactPhone').getAttribute('value')).toBe('139')
    second.unmount()

    useDraftStore.getState().saveDraft(requestDraftKey('bank_account'), {
      values: { preferredDate: '2026-12-01' },
      attachments: [],
      note: '',
      idempotencyKey: 'k-1',
    })
    renderWithSwr(<RequestForm type={await typeOf('bank_account')} onCreated={() => undefined} />)
    expect(screen.getByText('2026-12-01')).toBeInTheDocument()
    await waitFor(() => expect(control('contactName').getAttribute('value')).toBe('程飞'))
  })

  it('submits once however often it is tapped, then clears the draft', async () => {
    const { onCreated } = await renderForm('business_registration')
    const before = await countRequests()
    fillRegistration()
    const button = screen.getByText('提交申请')
    fireEvent.click(button)
    fireEvent.click(button)
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    const created = onCreated.mock.calls[0]![0]
    expect(created.fields).toMatchObject({ registeredCapital: 200, contactPhone: '13800001234' })
    expect(await countRequests()).toBe(before + 1)
    expect(useDraftStore.getState().drafts[requestDraftKey('business_registration')]).toBeUndefined()
  })

  it('keeps the draft and its key after a failed submit, so the retry creates one request', async () => {
    const { onCreated } = await renderForm('business_registration')
    fillRegistration()
    const before = await countRequests()
    const key = (
      useDraftStore.getState().drafts[requestDraftKey('business_registration')] as { idempotencyKey: string }
    ).idempotencyKey
    const { http } = await import('@/api/http/http-client')
    const failOnce = jest.spyOn(http, 'request').mockRejectedValueOnce(new Error('offline'))
    fireEvent.click(screen.getByText('提交申请'))
    await waitFor(() => expect(failOnce).toHaveBeenCalled())
    await waitFor(() => expect(screen.getByText('提交申请')).toBeInTheDocument())
    expect(onCreated).not.toHaveBeenCalled()
    const kept = useDraftStore.getState().drafts[requestDraftKey('business_registration')] as {
      idempotencyKey: string
      values: Record<string, string>
    }
    expect(kept.values.companyName).toBe('重庆飞快低空物流有限公司')
    expect(kept.idempotencyKey).toBe(key)
    failOnce.mockRestore()
    fireEvent.click(screen.getByText('提交申请'))
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(await countRequests()).toBe(before + 1)
  })

  it('refuses a 20 MB file and a .docx before any upload, with a clear message', async () => {
    await renderForm('business_registration')
    const upload = jest.spyOn(files, 'uploadFile')
    fireEvent.click(screen.getByText('添加附件'))
    const input = document.querySelector<HTMLInputElement>('input.attachment-file-input')
    expect(input).not.toBeNull()
    const big = new File(['x'], '营业执照.pdf', { type: 'application/pdf' })
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 })
    const word = new File(['x'], '章程.docx', {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    })
    URL.createObjectURL = jest.fn(() => 'blob:test')
    await act(async () => {
      Object.defineProperty(input, 'files', { value: [big, word] })
      fireEvent.change(input!)
    })
    expect(
      await screen.findByText('「营业执照.pdf」有 20.0 MB，超过 10 MB 上限，请压缩后再上传'),
    ).toBeInTheDocument()
    expect(screen.getByText('「章程.docx」格式不支持，仅支持 jpg、png、pdf')).toBeInTheDocument()
    expect(upload).not.toHaveBeenCalled()
  })
  it('uploads with progress, offers retry after a failure and remove, and keeps uploaded files in the draft', async () => {
    await renderForm('business_registration')
    const ref = {
      id: 'file-abc',
      name: '身份证.png',
      url: '/api/v1/files/file-abc',
      size: 2048,
      mime: 'image/png' as const,
    }
    let report: ((percent: number) => void) | undefined
    let finish: ((value: typeof ref) => void) | undefined
    const upload = jest
      .spyOn(files, 'uploadFile')
      .mockRejectedValueOnce(new ApiError('NETWORK_ERROR', 0, '网络连接失败，上传未完成，请重试'))
      .mockImplementationOnce((_file, options) => {
        report = options?.onProgress
        return new Promise((resolve) => (finish = resolve))
      })
    URL.createObjectURL = jest.fn(() => 'blob:test')
    fireEvent.click(screen.getByText('添加附件'))
    const input = document.querySelector<HTMLInputElement>('input.attachment-file-input')!
    await act(async () => {
      Object.defineProperty(input, 'files', {
        value: [new File(['png'], '身份证.png', { type: 'image/png' })],
      })
      fireEvent.change(input)
    })
    expect(await screen.findByText('网络连接失败，上传未完成，请重试')).toBeInTheDocument()
    expect(screen.getByText('上传失败')).toBeInTheDocument()

    fireEvent.click(screen.getByText('重试'))
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(2))
    // The retry is the same upload: the server would give back the file a lost answer left behind.
    const keys = upload.mock.calls.map(([, options]) => options?.idempotencyKey)
    expect(keys[0]).toBeTruthy()
    expect(keys[1]).toBe(keys[0])
    act(() => report?.(40))
    expect(await screen.findByText('上传中 40%')).toBeInTheDocument()
    await act(async () => finish?.(ref))
    expect(await screen.findByText('已上传')).toBeInTheDocument()
    const draft = () =>
      useDraftStore.getState().drafts[requestDraftKey('business_registration')] as { attachments: unknown[] }
    expect(draft().attachments).toEqual([ref])

    fireEvent.click(screen.getByText('移除'))
    await waitFor(() => expect(screen.queryByText('身份证.png')).toBeNull())
    expect(draft().attachments).toEqual([])
  })
})

describe('RequestForm: what the account knows, examples and required marks', () => {
  const fieldOf = (key: string) => document.querySelector<HTMLElement>(`[data-field="${key}"]`)!
  const valueOf = (key: string) => control(key).getAttribute('value')

  it('fills 联系人 and 联系电话 from the account, and sends them as shown', async () => {
    const user = userEvent.setup()
    const { onCreated } = await renderForm('business_registration')
    // 程飞 is usr-owner-01; the seed gives the account an invented but valid mobile.
    await waitFor(() => expect(valueOf('contactName')).toBe('程飞'))
    expect(valueOf('contactPhone')).toBe('13800000001')
    await typeAsUser(user, control('companyName'), '重庆飞快低空物流有限公司')
    await user.click(screen.getByRole('radio', { name: '有限责任公司' }))
    await typeAsUser(user, control('registeredCapital'), '200')
    await typeAsUser(user, control('businessScope'), '无人机物流配送')
    await user.click(screen.getByText('提交申请'))
    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1))
    expect(onCreated.mock.calls[0]![0].fields).toMatchObject({
      contactName: '程飞',
      contactPhone: '13800000001',
    })
  })

  it('keeps what the user typed over the account: a saved draft, and a cleared field stays cleared', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    useDraftStore.getState().saveDraft(requestDraftKey('business_registration'), {
      values: { contactPhone: '13912345678' },
      attachments: [],
      note: '',
      idempotencyKey: 'k-2',
    })
    renderWithSwr(<RequestForm type={await typeOf('business_registration')} onCreated={() => undefined} />)
    // The name comes from the account once it has loaded; the phone stays the draft's.
    await waitFor(() => expect(valueOf('contactName')).toBe('程飞'))
    expect(valueOf('contactPhone')).toBe('13912345678')

    await typeAsUser(user, control('contactName'), '')
    await waitFor(() => expect(fieldError('contactName')).toBe('请填写联系人'))
    expect(valueOf('contactName')).toBe('')
  })

  it('shows an example as placeholder, which no error repeats', async () => {
    const user = userEvent.setup()
    await renderForm('business_registration')
    const placeholders = [
      'companyName',
      'registeredCapital',
      'businessScope',
      'contactName',
      'contactPhone',
    ].map((key) => control(key).getAttribute('placeholder') ?? '')
    for (const placeholder of placeholders) expect(placeholder).toMatch(/^例如：\S/)
    await typeAsUser(user, control('contactName'), '')
    await user.click(screen.getByText('提交申请'))
    await waitFor(() => expect(fieldError('companyName')).toBe('请填写拟注册企业名称'))
    const errors = Array.from(document.querySelectorAll('.form-field__error'), (e) => e.textContent ?? '')
    expect(errors.length).toBeGreaterThanOrEqual(4)
    for (const error of errors) expect(placeholders).not.toContain(error)
  })

  it('marks each required field, and only those, with a star named 必填', async () => {
    const { type } = await renderForm('tax_registration')
    for (const spec of type.fields) {
      const marks = within(fieldOf(spec.key)).queryAllByRole('img', { name: '必填' })
      expect([spec.key, marks.length]).toEqual([spec.key, spec.required ? 1 : 0])
    }
    expect(type.fields.some((spec) => !spec.required)).toBe(true)
  })

  it('gives every typed field of the catalogue an example, so none falls back to repeating its label', async () => {
    await signInAs('owner')
    for (const type of await getServiceTypes()) {
      for (const spec of type.fields.filter((f) => f.type !== 'select' && f.type !== 'date')) {
        expect([type.code, spec.key, spec.placeholder]).toEqual([
          type.code,
          spec.key,
          expect.stringMatching(/^例如：/),
        ])
      }
    }
  })
})

describe('NewRequestPage: after 提交申请', () => {
  it('says it went through and what happens next: who, within how many working days, by when', async () => {
    const user = userEvent.setup()
    await signInAs('owner', (account) => account.userId === 'usr-owner-01')
    openedWith('/pages/requests/new/index', { type: 'legal_support' })
    renderWithSwr(<NewRequestPage />)
    await user.click(await screen.findByRole('radio', { name: '合同审查' }))
    await typeAsUser(user, control('description'), '请审查一份三年期采购框架合同')
    await waitFor(() => expect(control('contactPhone').getAttribute('value')).toBe('13800000001'))
    await user.click(screen.getByText('提交申请'))

    const done = await screen.findByRole('status')
    expect(within(done).getByText('申请已提交')).toBeVisible()
    const [created] = (await getServiceRequests({ limit: 1 })).items
    expect(created!.fields.description).toBe('请审查一份三年期采购框架合同')
    expect(within(done).getByText(`法务支持 · 编号 ${created!.number}`)).toBeVisible()
    // Legal support goes to the enterprise's liaison, 陈国栋; the type's target is 5 working days.
    const due = dayjs(created!.dueAt).format('M月D日 HH:mm')
    const [next] = within(done).getAllByRole('listitem')
    expect(next).toHaveTextContent(`专员陈国栋将在 5 个工作日内为您办结，${due} 前`)
    expect(screen.queryByText('申请信息')).toBeNull()

    await user.click(within(done).getByRole('button', { name: '查看申请' }))
    expect(Taro.redirectTo).toHaveBeenLastCalledWith({
      url: `/pages/requests/detail/index?id=${created!.id}`,
    })
    await user.click(within(done).getByRole('button', { name: '返回首页' }))
    expect(Taro.switchTab).toHaveBeenLastCalledWith({ url: '/pages/home/index' })
  })
})
