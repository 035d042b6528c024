import type { Browser, Page } from 'playwright-core'

import { startAppServer, type AppServer } from './support/app-server'
import { launchBrowser, newPhoneContext, screenshotter, watchPageErrors } from './support/browser'
import { loginFromList, settled } from './support/session'

const TABS = [
  { label: '服务', heading: '服务大厅' },
  { label: '消息', heading: '会话' },
  { label: '沙龙', heading: '近期沙龙' },
  { label: '我的', heading: '我的账号' },
  { label: '首页', heading: '我的双专员' },
]

describe('tab bar journey', () => {
  let server: AppServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startAppServer()
    browser = await launchBrowser()
    page = await (await newPhoneContext(browser)).newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('opens the app on 首页 and walks every tab', async () => {
    const errors = watchPageErrors(page)
    const shot = screenshotter('tab-bar')
    await page.goto(server.url)
    await page.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(page, '企业主', '重庆飞快通航科技有限公司')

    await page.getByText('我的双专员').waitFor()
    await shot(page, 'home')

    for (const tab of TABS) {
      await page.locator('.weui-tabbar__item', { hasText: tab.label }).click()
      await page.locator('.taro_page:visible').getByText(tab.heading, { exact: true }).first().waitFor()
      await shot(page, tab.label)
    }
    expect(errors).toEqual([])
  })

  it('asks the backend for each thing once when a screen first opens', async () => {
    const calls: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (url.includes('/api/v1/')) calls.push(`${request.method()} ${url.slice(url.indexOf('/api/v1/'))}`)
    })
    const repeated = () => calls.filter((call, index) => calls.indexOf(call) !== index)

    await page.evaluate(() => localStorage.clear())
    await page.goto(server.url)
    await page.locator('.demo-accounts__row').first().waitFor()
    calls.length = 0
    await loginFromList(page, '企业主', '重庆飞快通航科技有限公司')
    await page.getByText('办理中的申请').waitFor()
    await page.waitForLoadState('networkidle')
    expect(calls).toEqual(
      expect.arrayContaining(['GET /api/v1/me', 'GET /api/v1/service-requests?limit=100']),
    )
    expect(repeated()).toEqual([])

    for (const tab of ['服务', '消息', '沙龙']) {
      calls.length = 0
      await page.locator('.weui-tabbar__item', { hasText: tab }).click()
      // The tab has slid in and stopped moving, and nothing is in flight: every call it makes was made.
      await settled(page)
      await page.waitForLoadState('networkidle')
      expect({ tab, repeated: repeated() }).toEqual({ tab, repeated: [] })
    }
  })
})
