/**
 * The non-empty parameters of a query string, decoded as URLSearchParams decodes them (`+` is a space,
 * %XX runs are UTF-8; a stray % stays as it is); the last of a repeated name wins.
 *
 * By hand, not URLSearchParams: in WeChat's logic layer, where the default build runs this backend
 * (its own subpackage, outside the app's webpack bundle and Taro's stand-in), there is none.
 */
export function queryParams(search: string): Record<string, string> {
  const params: Record<string, string> = {}
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    const name = decode(at < 0 ? pair : pair.slice(0, at))
    const value = at < 0 ? '' : decode(pair.slice(at + 1))
    if (value !== '') params[name] = value
  }
  return params
}

function decode(text: string): string {
  return text.replace(/\+/g, ' ').replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run)
    } catch {
      return run // not UTF-8: kept as written (URLSearchParams would show U+FFFD)
    }
  })
}
