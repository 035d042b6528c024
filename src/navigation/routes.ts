import type { Role } from '@/api/contract/schemas/common'

import { PAGES, type PageName, type ParamsOf } from './pages'

declare const pageUrlBrand: unique symbol
/** A URL to a page of this app, built here: a known path, each param encoded once. */
export type PageUrl = string & { readonly [pageUrlBrand]: true }

type RawParams = Record<string, string | undefined>

/** Pages whose params are all optional (or none) may be built without an argument. */
type BuilderArgs<P> = Record<never, never> extends P ? [params?: P] : [params: P]

export type Builders = { [N in PageName]: (...args: BuilderArgs<ParamsOf<N>>) => PageUrl }

function build(name: PageName, params: RawParams = {}): PageUrl {
  const query = PAGES[name].params
    .filter((key) => params[key] !== undefined)
    .map((key) => `${key}=${encodeURIComponent(params[key] as string)}`)
    .join('&')
  const path = PAGES[name].path
  return (query ? `${path}?${query}` : path) as PageUrl
}

/** `routes.requestDetail({ id })` → '/pages/requests/detail/index?id=…': one builder per page. */
export const routes = Object.fromEntries(
  (Object.keys(PAGES) as PageName[]).map((name) => [name, (params?: RawParams) => build(name, params)]),
) as unknown as Builders

/** Each role has its own page for one request (a card in the chat opens the reader's). */
export function requestPageFor(role: Role | undefined, id: string): PageUrl {
  return role === 'specialist' ? routes.specialistRequest({ id }) : routes.requestDetail({ id })
}

const byPath = new Map((Object.keys(PAGES) as PageName[]).map((name) => [PAGES[name].path, name]))

/** The page a URL or a route names ('pages/x/index' as Taro reports it, or '/pages/x/index?id=1'). */
export function pageNameOf(urlOrRoute: string): PageName | undefined {
  const path = urlOrRoute.split('?')[0] ?? ''
  return byPath.get(path.startsWith('/') ? path : `/${path}`)
}

export function isTabUrl(url: PageUrl): boolean {
  const name = pageNameOf(url)
  return name !== undefined && PAGES[name].tab
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value // a stray '%' in a hand-typed link: keep what was given
  }
}

/**
 * A page's params from what the router hands over. Neither WeChat's onLoad options nor Taro's H5
 * router decode the query, so each declared param is decoded here, once; Taro's own keys
 * ($taroTimestamp, stamp) and anything undeclared are dropped. Required params may still be missing
 * (a link typed by hand), so every one is optional to the page.
 */
export function parseParams<N extends PageName>(name: N, raw: RawParams | undefined): Partial<ParamsOf<N>> {
  const parsed: RawParams = {}
  for (const key of PAGES[name].params) {
    const value = raw?.[key]
    if (value !== undefined && value !== '') parsed[key] = decode(value)
  }
  return parsed as Partial<ParamsOf<N>>
}

function splitQuery(query: string): RawParams {
  const raw: RawParams = {}
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=')
    if (at > 0) raw[pair.slice(0, at)] = pair.slice(at + 1)
  }
  return raw
}

/**
 * Checks a URL from outside the code against the table and rebuilds it: a stored one
 * ('/pages/x/index?id=a%20b'), or a page of the stack (its route and its raw, still encoded, options).
 */
export function toPageUrl(urlOrRoute: string, rawParams?: RawParams): PageUrl | undefined {
  const name = pageNameOf(urlOrRoute)
  if (!name) return undefined
  const at = urlOrRoute.indexOf('?')
  const raw = { ...(at >= 0 ? splitQuery(urlOrRoute.slice(at + 1)) : {}), ...rawParams }
  return build(name, parseParams(name, raw) as RawParams)
}
