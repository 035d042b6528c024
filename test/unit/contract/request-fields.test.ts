/** @jest-environment node */
import { buildFieldsSchema, checkFields } from '../../../src/api/contract/rules/request-fields'
import type { ServiceType } from '../../../src/api/contract/schemas/service-request'
import { validateDraft } from '../../../src/features/requests/field-schema'
import { BANK_ACCOUNT_FIELDS, setup } from '../mock/support'

const TYPE: Pick<ServiceType, 'name' | 'fields'> = {
  name: '银行开户',
  fields: [
    { key: 'name', label: '企业名称', type: 'text', required: true, maxLength: 5 },
    { key: 'capital', label: '注册资本', type: 'number', required: true },
    { key: 'day', label: '期望日期', type: 'date', required: false },
    { key: 'phone', label: '联系电话', type: 'phone', required: true },
    { key: 'bank', label: '开户银行', type: 'select', required: true, options: ['重庆银行', '工商银行'] },
  ],
}
const GOOD = { name: ' 飞快 ', capital: 50, day: '2025-02-28', phone: '13800000000', bank: '重庆银行' }

describe('the field-value schema of a service type (contract rule)', () => {
  it('keeps good values, trimmed, and leaves out optional blanks', () => {
    expect(buildFieldsSchema(TYPE).parse(GOOD)).toEqual({ ...GOOD, name: '飞快' })
    expect(buildFieldsSchema(TYPE).parse({ ...GOOD, day: '  ' })).not.toHaveProperty('day')
  })

  it('asks for each missing required field: 请选择 for chosen ones, 请填写 for typed ones', () => {
    expect(checkFields(TYPE, {})).toEqual({
      ok: false,
      errors: [
        { path: 'fields.name', message: '请填写企业名称' },
        { path: 'fields.capital', message: '请填写注册资本' },
        { path: 'fields.phone', message: '请填写联系电话' },
        { path: 'fields.bank', message: '请选择开户银行' },
      ],
    })
  })

  it.each([
    ['name', '飞快科技有限公司', '企业名称不能超过 5 个字'],
    ['name', 7, '企业名称须为文本'],
    ['capital', -1, '注册资本须为不小于 0 的数字'],
    ['capital', '50', '注册资本须为不小于 0 的数字'],
    ['day', '2025-2-3', '期望日期须为 YYYY-MM-DD 格式的日期'],
    ['day', '2025-02-30', '期望日期须为 YYYY-MM-DD 格式的日期'],
    ['phone', '1380000', '请输入正确的联系电话（11 位手机号）'],
    ['bank', '瑞士银行', '请从选项中选择开户银行'],
  ])('%s = %j → %s', (key, value, message) => {
    expect(checkFields(TYPE, { ...GOOD, [key]: value })).toEqual({
      ok: false,
      errors: [{ path: `fields.${key}`, message }],
    })
  })

  it('refuses a key the type does not have', () => {
    expect(checkFields(TYPE, { ...GOOD, extra: 'x' })).toEqual({
      ok: false,
      errors: [{ path: 'fields.extra', message: '「银行开户」没有这一项' }],
    })
  })
})

describe('the form and the backend say the same thing', () => {
  it.each([
    ['contactPhone', '12345'],
    ['contactName', ''],
    ['preferredDate', '2025-02-30'],
    ['bankName', '瑞士银行'],
  ])('%s = %j', async (key, value) => {
    const { as } = setup()
    const types = (await as('usr-owner-01').get('/service-types')).body as ServiceType[]
    const type = types.find((t) => t.code === 'bank_account')!
    const draft = { ...BANK_ACCOUNT_FIELDS, [key]: value }
    const res = await as('usr-owner-01').post('/service-requests', { serviceType: type.code, fields: draft })
    expect(res.status).toBe(400)
    const form = validateDraft(type, draft)
    expect(form.ok).toBe(false)
    expect(res.body.error.details).toEqual([
      { path: `fields.${key}`, message: form.ok ? undefined : form.errors[key] },
    ])
  })
})
