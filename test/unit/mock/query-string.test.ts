import { queryParams } from '../../../mock/query-string'

// What URLSearchParams makes of the same string, with empty values left out as the backend does.
function reference(search: string): Record<string, string> {
  const params: Record<string, string> = {}
  new URLSearchParams(search).forEach((value, key) => {
    if (value !== '') params[key] = value
  })
  return params
}

test.each([
  '',
  '?',
  'when=upcoming',
  '?when=upcoming&cursor=abc',
  'q=%E4%BD%A0%E5%A5%BD&page=2',
  'q=a+b%20c',
  'a=1&a=2',
  'empty=&flag&x=1',
  'k%20ey=v%3Dw',
  'price=50%&rate=100%25',
  'name=%E9%A3%9E%E5%BF%AB%E9%80%9A%E8%88%AA&status=in_progress,submitted',
  '&&a=1&&',
])('%j decodes as URLSearchParams does', (search) => {
  expect(queryParams(search)).toEqual(reference(search))
})

test('a %XX run that is not UTF-8 is kept as written, not thrown on', () => {
  expect(queryParams('q=%E4%BD&ok=1')).toEqual({ q: '%E4%BD', ok: '1' })
})
