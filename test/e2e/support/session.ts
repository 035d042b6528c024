import type { Page } from 'playwright-core'

type RoleTab = '企业主' | '专员' | '管理员'

/** From the login page: picks the role's tab and taps the account whose row contains `name`. */
export async function loginFromList(page: Page, tab: RoleTab, name: string): Promise<void> {
  await visiblePage(page).locator('.demo-accounts__tab', { hasText: tab }).click()
  await page.locator('.taro_page:visible .demo-accounts__row:visible', { hasText: name }).first().click()
}

/** The text of the visible page (Taro H5 keeps earlier pages of the stack in the DOM, hidden). */
export function visiblePage(page: Page) {
  return page.locator('.taro_page:visible').last()
}

/**
 * Waits until nothing on the page is moving: Taro H5 slides pages in and NutUI fades popups, and a
 * screenshot or a tap mid-way catches half a screen. A condition, not a guess at how long the slide
 * takes on a busy machine; endless animations (spinners) don't count.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  )
}

/** Taps a NutUI button by its words (the button, not its inner text node, takes the tap). */
export function tapButton(page: Page, words: string) {
  return visiblePage(page).locator('.nut-button', { hasText: words }).click()
}
