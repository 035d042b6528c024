import { PHONE_PATTERN } from '../../../src/api/contract/rules/request-fields'
import {
  SIGNUP_PRESETS,
  checkSignupAnswers,
  signupAnswerProblem,
} from '../../../src/api/contract/rules/signup-fields'
import type { SignupField } from '../../../src/api/contract/schemas/salon'

const FIELDS: SignupField[] = [
  ...SIGNUP_PRESETS,
  { key: 'f4', label: '关注议题', required: false, kind: 'text' },
]

describe('sign-up answers rule', () => {
  it('keeps the answers trimmed and drops empty optional ones', () => {
    expect(checkSignupAnswers(FIELDS, { name: ' 程飞 ', title: '', phone: '13800000001' })).toEqual({
      answers: { name: '程飞', phone: '13800000001' },
    })
  })

  it('asks for each missing required field by its name', () => {
    const result = checkSignupAnswers(FIELDS, { title: '总经理' })
    expect(result).toEqual({
      errors: expect.arrayContaining([
        { path: 'answers.name', message: '请填写姓名' },
        { path: 'answers.phone', message: '请填写手机号' },
      ]),
    })
  })

  it('refuses a phone that is not a mainland mobile, a blank required field and a long answer', () => {
    const result = checkSignupAnswers(FIELDS, { name: '   ', phone: '12345', f4: '长'.repeat(101) })
    expect(result).toEqual({
      errors: expect.arrayContaining([
        { path: 'answers.name', message: '请填写姓名' },
        { path: 'answers.phone', message: '手机号须为 11 位手机号' },
        { path: 'answers.f4', message: '关注议题不能超过 100 字' },
      ]),
    })
  })

  it('refuses answers to questions the salon does not ask', () => {
    expect(checkSignupAnswers([], { age: '30' })).toEqual({
      errors: [{ path: 'answers.age', message: '含有本场活动未设置的报名信息' }],
    })
  })

  it('takes no answers for a salon that asks nothing, and an optional field left out', () => {
    expect(checkSignupAnswers(undefined, undefined)).toEqual({ answers: {} })
    expect(checkSignupAnswers([FIELDS[1]!], {})).toEqual({ answers: {} })
  })
})

describe('sign-up phone rule', () => {
  it('agrees with the service forms’ phone pattern', () => {
    const pattern = new RegExp(PHONE_PATTERN)
    for (const phone of ['13800000001', '19912345678', '12800000001', '1380000000', '138000000011'])
      expect(signupAnswerProblem(SIGNUP_PRESETS[2]!, phone) === undefined).toBe(pattern.test(phone))
  })
})
