/** @jest-environment node */
import { SalonFieldsRule } from '../../../src/api/contract/rules/salon-fields'
import { SALON_LIMITS } from '../../../src/api/contract/rules/salon-limits'
import { CreateSalonBodySchema } from '../../../src/api/contract/schemas/salon'
import { INDUSTRY_CHAINS } from '../../../src/api/contract/values'

// The salon form checks with zod/mini (SalonFieldsRule), the backend with the contract's classic
// CreateSalonBodySchema: both are built from salon-limits.ts, and must answer every body alike.
const GOOD = {
  title: '专精特新企业家沙龙',
  summary: '聊聊专精特新申报',
  description: '',
  industryChain: INDUSTRY_CHAINS[0],
  speakers: ['王老师', '李老师'],
  location: '两江新区互联网产业园 3 栋',
  startAt: '2030-05-10T14:00:00+08:00',
  endAt: '2030-05-10T16:30:00+08:00',
  bookingDeadline: '2030-05-09T18:00:00+08:00',
  capacity: 30,
}

const answer = (result: ReturnType<typeof SalonFieldsRule.safeParse>) =>
  result.success
    ? { data: result.data }
    : { issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) }

const cases: [string, unknown][] = [
  ['a good body', GOOD],
  ['text with spaces around it', { ...GOOD, title: '  专精特新沙龙  ', location: ' 园区 ' }],
  ['no industry chain', { ...GOOD, industryChain: undefined }],
  ['titles at their limits', { ...GOOD, title: '沙龙', summary: '简'.repeat(SALON_LIMITS.summary.max) }],
  ['a one-character title', { ...GOOD, title: '沙' }],
  ['a title of spaces', { ...GOOD, title: '    ' }],
  ['a title too long', { ...GOOD, title: '长'.repeat(SALON_LIMITS.title.max + 1) }],
  ['a title that is a number', { ...GOOD, title: 12 }],
  ['no summary', { ...GOOD, summary: '' }],
  ['a description too long', { ...GOOD, description: '介'.repeat(SALON_LIMITS.description.max + 1) }],
  ['a chain we do not serve', { ...GOOD, industryChain: '造船' }],
  ['a blank speaker', { ...GOOD, speakers: ['王老师', ' '] }],
  ['a speaker name too long', { ...GOOD, speakers: ['名'.repeat(SALON_LIMITS.speaker.max + 1)] }],
  ['too many speakers', { ...GOOD, speakers: Array.from({ length: SALON_LIMITS.speakers + 1 }, () => '王') }],
  ['speakers as text', { ...GOOD, speakers: '王老师' }],
  ['no place', { ...GOOD, location: '  ' }],
  ['a start without its offset', { ...GOOD, startAt: '2030-05-10T14:00:00' }],
  ['an end that is no time', { ...GOOD, endAt: '下午' }],
  ['no booking deadline', { ...GOOD, bookingDeadline: undefined }],
  ['no seats', { ...GOOD, capacity: 0 }],
  ['half a seat', { ...GOOD, capacity: 2.5 }],
  ['too many seats', { ...GOOD, capacity: SALON_LIMITS.capacity.max + 1 }],
  ['seats as text', { ...GOOD, capacity: '30' }],
  ['seats that are no number', { ...GOOD, capacity: Number.NaN }],
  ['an empty body', {}],
  ['no object at all', '沙龙'],
]

describe('the salon form’s rules (zod/mini) and the contract’s body schema answer alike', () => {
  it.each(cases)('%s', (_name, body) => {
    const contract = answer(CreateSalonBodySchema.safeParse(body))
    expect(answer(SalonFieldsRule.safeParse(body))).toEqual(contract)
  })

  it('and the cases cover both answers', () => {
    const answers = cases.map(([, body]) => SalonFieldsRule.safeParse(body).success)
    expect(answers.filter(Boolean).length).toBe(4)
  })
})
