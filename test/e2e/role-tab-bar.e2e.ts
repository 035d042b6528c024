// The specialist's and the admin's own tab bars on H5: every tab opens its page in place of the last,
// the bar sits at the bottom with tabs a finger wide, and the page's last card scrolls clear of it.
import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, visiblePage } from './support/session'

type Walk = [tab: string, path: string, shows: string][]

const SPECIALIST: Walk = [
  ['我的企业', '/specialist/enterprises/index', '我服务的企业与其在办申请'],
  ['消息', '/specialist/messages/index', '我服务的企业，未读优先'],
  ['我的', '/specialist/me/index', '退出登录'],
  ['工作台', '/specialist/workbench/index', '待办队列'],
]
const ADMIN: Walk = [
  ['签到', '/admin/check-in/index', '签到的沙龙'],
  ['我的', '/admin/me/index', '退出登录'],
  ['沙龙管理', '/admin/salons/index', '＋ 新建沙龙'],
]

describe('role tab bars', () => {
  const rig = journeyRig()

  async function walk(page: Page, walkThrough: Walk, shot: (page: Page, name: string) => Promise<string>) {
    const bar = () => visiblePage(page).getByRole('tablist', { name: '导航' })
    const historyAtStart = await page.evaluate(() => history.length)
    for (const [tab, path, shows] of walkThrough) {
      await bar()
        .getByRole('tab', { name: new RegExp(`^${tab}(，|$)`) })
        .click()
      await page.waitForURL(new RegExp(`#${path.replace(/\//g, '\\/')}`))
      await visiblePage(page).getByText(shows, { exact: true }).first().waitFor()
      expect(await bar().getByRole('tab', { selected: true }).textContent()).toContain(tab)
      // At the bottom of the screen, each tab 44 px tall at least.
      const box = (await bar().boundingBox())!
      const viewport = page.viewportSize()!
      expect(Math.round(box.y + box.height)).toBe(viewport.height)
      for (const item of await bar().getByRole('tab').all()) {
        expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(44)
      }
      await settled(page)
      await shot(page, path.split('/')[2] ?? tab)
    }
    // Tabs replace the page: the history did not grow with every tap.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(historyAtStart + 1)
  }

  it('the specialist walks 工作台 · 我的企业 · 消息 · 我的', async () => {
    const page = await rig.phone()
    const shot = screenshotter('role-tab-bar-specialist')
    await page.goto(rig.server.url)
    await page.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(page, '专员', '张敏')
    await visiblePage(page).getByText('待办队列').waitFor()
    await settled(page)
    await shot(page, 'workbench')
    // The queue's last card scrolls clear of the bar.
    // A flick to the end, on whatever scrolls (Taro's H5 page container, not the window).
    await page.mouse.move(187, 300)
    await page.mouse.wheel(0, 100_000)
    // The wheel is handled asynchronously (later on a busy machine): wait until what scrolls is at its end.
    await page.waitForFunction(() =>
      [document.scrollingElement, ...document.querySelectorAll('.taro_page, .taro_page *')].some(
        (element) =>
          element instanceof Element &&
          element.scrollHeight > element.clientHeight + 1 &&
          element.scrollTop > 0 &&
          element.scrollTop + element.clientHeight >= element.scrollHeight - 1,
      ),
    )
    await settled(page)
    const lastCard = visiblePage(page).locator('.request-card').last()
    const bar = visiblePage(page).getByRole('tablist', { name: '导航' })
    const cardBox = (await lastCard.boundingBox())!
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual((await bar.boundingBox())!.y + 1)
    await shot(page, 'workbench-scrolled')
    await walk(page, SPECIALIST, shot)
  })

  it('the admin walks 沙龙管理 · 签到 · 我的', async () => {
    const page = await rig.phone()
    const shot = screenshotter('role-tab-bar-admin')
    await page.goto(rig.server.url)
    await page.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(page, '管理员', '管理员')
    await visiblePage(page).getByText('＋ 新建沙龙').waitFor()
    await settled(page)
    await shot(page, 'salons')
    await walk(page, ADMIN, shot)
  })
})
