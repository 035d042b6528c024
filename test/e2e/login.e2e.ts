import type { Browser, BrowserContext, Page } from 'playwright-core'

import { startAppServer, type AppServer } from './support/app-server'
import { launchBrowser, newPhoneContext, screenshotter, watchPageErrors } from './support/browser'
import { loginFromList, tapButton, visiblePage } from './support/session'

describe('login journey', () => {
  let server: AppServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let errors: Error[]
  const shot = screenshotter('login')

  beforeAll(async () => {
    server = await startAppServer()
    browser = await launchBrowser()
  })

  beforeEach(async () => {
    context = await newPhoneContext(browser)
    page = await context.newPage()
    errors = watchPageErrors(page)
  })

  afterEach(async () => {
    expect(errors).toEqual([])
    await context.close()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('sends a visitor to login, and each role lands on its own home', async () => {
    await page.goto(server.url)
    await visiblePage(page).getByText('演示账号').waitFor()
    await page.locator('.demo-accounts__row').first().waitFor()
    await shot(page, 'login-owners')

    await loginFromList(page, '企业主', '重庆飞快通航科技有限公司')
    await visiblePage(page).getByText('我的双专员').waitFor()
    await visiblePage(page).getByText('重庆飞快通航科技有限公司').first().waitFor()
    await visiblePage(page).getByText('服务专员').first().waitFor()
    await shot(page, 'owner-home')

    await page.locator('.weui-tabbar__item', { hasText: '我的' }).click()
    await tapButton(page, '退出登录')
    await visiblePage(page).getByText('演示账号').waitFor()

    await loginFromList(page, '专员', '服务专员')
    await visiblePage(page).getByText('待办队列').waitFor()
    expect(page.url()).toContain('/specialist/workbench/index')
    await shot(page, 'specialist-workbench')

    // 退出登录 lives on the role's own 我的, reached from its tab bar.
    await visiblePage(page)
      .getByRole('tablist', { name: '导航' })
      .getByRole('tab', { name: /^我的(，|$)/ })
      .click()
    await tapButton(page, '退出登录')
    await loginFromList(page, '管理员', '管理员')
    await visiblePage(page).getByText('沙龙管理').first().waitFor()
    expect(page.url()).toContain('/admin/salons/index')
    await shot(page, 'admin-salons')
  })

  it("turns an owner away from a specialist's page", async () => {
    await page.goto(server.url)
    await page.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(page, '企业主', '')
    await visiblePage(page).getByText('我的双专员').waitFor()

    await page.goto(`${server.url}/#/specialist/workbench/index`)
    await page.getByText('该页面仅限专员使用').waitFor()
    await visiblePage(page).getByText('我的双专员').waitFor()
    expect(page.url()).toContain('/pages/home/index')
    await shot(page, 'owner-turned-back')
  })

  it('keeps the session across a reload, and returns to the page after a fresh login', async () => {
    await page.goto(`${server.url}/#/pages/salons/index`)
    await page.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(page, '企业主', '')
    await visiblePage(page).getByText('近期沙龙').waitFor()
    expect(page.url()).toContain('/pages/salons/index')

    await page.reload()
    await visiblePage(page).getByText('近期沙龙').waitFor()
    await shot(page, 'return-to-salons')
  })
})
