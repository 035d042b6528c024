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

/** Taps a NutUI button by its words (the button, not its inner text node, takes the tap). */
export function tapButton(page: Page, words: string) {
  return visiblePage(page).locator('.nut-button', { hasText: words }).click()
}
