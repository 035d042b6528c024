import { PAGES } from '@/navigation/pages'

interface AppConfig {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
  tabBar: { list: { pagePath: string }[] }
}

// app.config.ts is read by Taro statically and calls a build-time global: give it one, then load it.
;(globalThis as { defineAppConfig?: (config: AppConfig) => AppConfig }).defineAppConfig = (config) => config
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the global above, not hoisted
const appConfig = (require('@/app.config') as { default: AppConfig }).default

const paths = Object.values(PAGES)

describe('the navigation table and app.config', () => {
  it('list the same pages', () => {
    const declared = [
      ...appConfig.pages,
      ...appConfig.subPackages.flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`)),
    ].map((page) => `/${page}`)
    expect(new Set(paths.map((page) => page.path))).toEqual(new Set(declared))
    expect(declared).toHaveLength(paths.length)
  })

  it('agree on which pages are tabs', () => {
    const tabs = appConfig.tabBar.list.map((item) => `/${item.pagePath}`)
    expect(new Set(paths.filter((page) => page.tab).map((page) => page.path))).toEqual(new Set(tabs))
  })

  it('give a tab no params, since switchTab carries no query', () => {
    for (const page of paths.filter((candidate) => candidate.tab)) expect(page.params).toEqual([])
  })
})
