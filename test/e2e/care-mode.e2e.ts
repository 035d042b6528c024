import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, visiblePage } from './support/session'

/** The computed font size, in CSS px, of the first visible element matching `selector`. */
async function fontSize(page: Page, selector: string): Promise<number> {
  const size = await visiblePage(page)
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).fontSize)
  return parseFloat(size)
}

describe('关怀模式 journey', () => {
  const rig = journeyRig()

  it('turns on in 我的, enlarges text and targets on every screen, and stays on after a reload', async () => {
    const page = await rig.phone()
    const shot = screenshotter('care-mode')
    await page.goto(rig.server.url)
    await page.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(page, '企业主', '重庆飞快通航科技有限公司')
    await visiblePage(page).getByText('我的双专员').waitFor()
    const homeTitleBefore = await fontSize(page, '.section-card__title')

    await page.locator('.weui-tabbar__item', { hasText: '我的' }).click()
    const toggle = visiblePage(page).getByRole('switch', { name: '关怀模式' })
    await toggle.waitFor()
    await shot(page, 'me-standard')
    const before = await fontSize(page, '.care-mode-switch__title')
    const buttonBefore = await visiblePage(page).locator('.nut-button', { hasText: '退出登录' }).boundingBox()

    await toggle.click()
    await page.waitForFunction(() => document.documentElement.classList.contains('care'))
    expect(await toggle.getAttribute('aria-checked')).toBe('true')
    await shot(page, 'me-care')
    expect(await fontSize(page, '.care-mode-switch__title')).toBeGreaterThanOrEqual(before * 1.2)
    const buttonAfter = await visiblePage(page).locator('.nut-button', { hasText: '退出登录' }).boundingBox()
    expect(buttonAfter?.height).toBeGreaterThan(buttonBefore?.height ?? Infinity)

    // Another screen honours it too, then a reload (a new visit) keeps it.
    await page.locator('.weui-tabbar__item', { hasText: '首页' }).click()
    await visiblePage(page).getByText('我的双专员').waitFor()
    expect(await fontSize(page, '.section-card__title')).toBeGreaterThanOrEqual(homeTitleBefore * 1.2)
    await shot(page, 'home-care')

    await page.reload()
    await visiblePage(page).getByText('我的双专员').waitFor()
    expect(await fontSize(page, '.section-card__title')).toBeGreaterThanOrEqual(homeTitleBefore * 1.2)
    await page.locator('.weui-tabbar__item', { hasText: '服务' }).click()
    await visiblePage(page).getByText('服务大厅', { exact: true }).first().waitFor()
    await shot(page, 'services-care')
  })
})
