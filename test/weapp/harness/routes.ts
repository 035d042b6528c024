import path from 'node:path'

export interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
  tabBar?: { list: { pagePath: string; text: string }[] }
  window?: Record<string, unknown>
}

/** Every route of app.json (main package and subpackages), and which are tab pages. */
export class RouteTable {
  readonly all: string[]
  readonly tabs: string[]

  constructor(readonly app: AppJson) {
    const subs = app.subPackages ?? app.subpackages ?? []
    this.all = [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p)))]
    this.tabs = (app.tabBar?.list ?? []).map((t) => t.pagePath.replace(/^\//, ''))
  }

  has(route: string): boolean {
    return this.all.includes(route)
  }

  isTab(route: string): boolean {
    return this.tabs.includes(route)
  }

  /** The subpackage root a route lives in, or undefined for the main package. */
  packageOf(route: string): string | undefined {
    return (this.app.subPackages ?? this.app.subpackages ?? []).find((s) => route.startsWith(`${s.root}/`))
      ?.root
  }
}

/** `url` of a routing call → route + query, resolved against the current page like WeChat does. */
export function parseUrl(
  url: string,
  from: string | undefined,
): { route: string; query: Record<string, string> } {
  const [pathPart = '', search = ''] = url.split('?', 2)
  const base = from ? path.posix.dirname(from) : ''
  const route = path.posix.normalize(
    pathPart.startsWith('/') ? pathPart.slice(1) : path.posix.join(base, pathPart),
  )
  const query: Record<string, string> = {}
  for (const pair of search.split('&')) {
    if (!pair) continue
    const [key = '', value = ''] = pair.split('=', 2)
    // WeChat hands the page the raw (still encoded) values in onLoad's query.
    query[key] = value
  }
  return { route, query }
}
