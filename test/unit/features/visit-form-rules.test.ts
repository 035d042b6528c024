import { visitInputErrors } from '@/api/contract/rules/visits'
import { VisitBodySchema } from '@/api/contract/schemas/visit'
import { checkVisit } from '@/features/visits/use-visit-form'
import { blankDraft, isVisitDraft, type VisitDraft } from '@/features/visits/visit-draft'

/** What the backend would refuse, by field path: the schema's issues and the contract's rules. */
function serverVerdict(draft: VisitDraft, now: Date): string[] {
  const body = {
    status: draft.status,
    visitedAt: new Date(draft.at).toISOString(),
    purpose: draft.purpose,
    ...(draft.status === 'done' && draft.method ? { method: draft.method } : {}),
    ...(draft.metWith ? { metWith: draft.metWith } : {}),
    ...(draft.notes ? { notes: draft.notes } : {}),
    photos: draft.photos,
    problems: draft.problems.map((p) => ({ category: p.category, description: p.description })),
  }
  const parsed = VisitBodySchema.safeParse(body)
  const paths = parsed.success ? [] : parsed.error.issues.map((i) => i.path.map(String).join('.'))
  if (parsed.success) paths.push(...visitInputErrors(parsed.data, now).map((e) => e.path))
  return [...new Set(paths)].sort()
}

describe('the visit form checks a draft as the backend would', () => {
  const now = new Date()
  const done = blankDraft('done')
  const cases: [string, VisitDraft][] = [
    ['a complete record', { ...done, purpose: '了解进度' }],
    ['no purpose', done],
    ['a blank purpose', { ...done, purpose: '   ' }],
    ['a purpose of 101 characters', { ...done, purpose: '访'.repeat(101) }],
    ['no method', { ...done, purpose: '了解进度', method: undefined }],
    ['notes of 2001 characters', { ...done, purpose: '了解进度', notes: '记'.repeat(2001) }],
    [
      'a problem without a category or words',
      { ...done, purpose: '了解进度', problems: [{ key: 'k', description: ' ' }] },
    ],
    ['a plan for yesterday', { ...blankDraft('planned'), purpose: '回访', at: '2020-01-01T10:00' }],
    ['a record in the future', { ...done, purpose: '了解进度', at: '2999-01-01T10:00' }],
  ]
  it.each(cases)('%s', (_name, draft) => {
    expect(Object.keys(checkVisit(draft, now)).sort()).toEqual(serverVerdict(draft, now))
  })

  it('reads back only drafts of the right shape', () => {
    expect(isVisitDraft(blankDraft('planned'))).toBe(true)
    expect(isVisitDraft({ ...blankDraft('done'), method: 'fax' })).toBe(false)
    expect(isVisitDraft({ ...blankDraft('done'), problems: [{ key: 'k', description: 1 }] })).toBe(false)
    expect(isVisitDraft(undefined)).toBe(false)
  })
})
