import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { settled as animationsDone, loginFromList, visiblePage } from './support/session'

// The app shell on H5: the navigation bar Taro's router draws on every page, the chat composer's
// layout, what a user sees offline (a failed pull to refresh, a page whose code can't be loaded), a
// 404, and the favicon.

const OWNER = '重庆飞快通航科技有限公司'
const VIEWPORT_WIDTH = 375
const VIEWPORT_HEIGHT = 812

const bar = (page: Page) => page.locator('#taro-navigation-bar')
const backButton = (page: Page) => bar(page).getByRole('button', { name: '返回', exact: true })
const homeButton = (page: Page) => bar(page).getByRole('button', { name: '返回首页' })

/** Waits until the bar shows this title (Taro sets it as the page shows, or on setNavigationBarTitle). */
async function titleIs(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      document.querySelector('#taro-navigation-bar .taro-navigation-bar-title')?.textContent === wanted,
    title,
  )
}

/** Taro H5 slides pages in; a screenshot during the slide shows half of two pages: wait until it is in and still. */
async function settle(page: Page): Promise<void> {
  await settled(page)
  await animationsDone(page)
}

/** Waits until the page on top has slid fully in, so a touch lands on it and not on the one below. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pages = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter(
      (p) => p.offsetParent !== null,
    )
    const top = pages[pages.length - 1]
    return top !== undefined && top.getBoundingClientRect().left === 0
  })
}

/** A finger pulling the page down from near its top, as far as a person does to refresh. */
async function pullDown(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const x = 187
  let y = 200
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
  for (let step = 0; step < 12; step += 1) {
    y += 25
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

const toast = (page: Page) => page.locator('.taro__toast')

describe('app shell on H5', () => {
  const rig = journeyRig()
  const shot = screenshotter('shell')

  async function ownerPhone(): Promise<Page> {
    const page = await rig.phone()
    await page.goto(rig.server.url)
    await loginFromList(page, '企业主', OWNER)
    await visiblePage(page).getByText('我的双专员').waitFor()
    return page
  }

  it('chat: the bar names the other party, and a long message keeps the field wide and 发送 on screen', async () => {
    const owner = await ownerPhone()
    await owner.locator('.weui-tabbar__item', { hasText: '消息' }).click()
    await titleIs(owner, '消息')
    // A tab page: a title, no 返回.
    await expect(backButton(owner).isVisible()).resolves.toBe(false)
    await visiblePage(owner).locator('.conversation-row', { hasText: '陈国栋' }).click()
    await titleIs(owner, '陈国栋（联络专员）')
    await backButton(owner).waitFor()

    const field = visiblePage(owner).locator('.chat-input-bar__input')
    const emptyWidth = (await field.boundingBox())?.width ?? 0
    await field
      .locator('input')
      .fill('陈专员您好，想咨询一下我们公司申请高新技术企业认定需要准备哪些材料，时间大概多久？')
    const send = visiblePage(owner).locator('.chat-input-bar__send')
    await send.waitFor()
    // Measure once nothing moves (发送 replacing ＋, the page's slide): mid-way the boxes overlap.
    await settle(owner)
    const fieldBox = await field.boundingBox()
    const inputBox = await field.locator('input').boundingBox()
    const sendBox = await send.boundingBox()
    if (!fieldBox || !inputBox || !sendBox) throw new Error('composer not laid out')
    // The field gives up only what 发送 takes in place of ＋ (a few dozen px), never its width.
    expect(fieldBox.width).toBeGreaterThan(emptyWidth - 60)
    expect(fieldBox.width).toBeGreaterThan(200)
    expect(inputBox.width).toBeGreaterThan(180)
    expect(sendBox.x + sendBox.width).toBeLessThanOrEqual(VIEWPORT_WIDTH)
    // Under the navigation bar, the composer still ends on screen.
    expect(sendBox.y + sendBox.height).toBeLessThanOrEqual(VIEWPORT_HEIGHT)
    expect(fieldBox.y + fieldBox.height).toBeLessThanOrEqual(VIEWPORT_HEIGHT)
    expect(sendBox.x).toBeGreaterThanOrEqual(fieldBox.x + fieldBox.width)
    expect(sendBox.height).toBeGreaterThanOrEqual(44)
    await shot(owner, 'chat-long-message')

    // 返回 leads back to the list.
    await backButton(owner).click()
    await titleIs(owner, '消息')
    await visiblePage(owner).locator('.conversation-row').first().waitFor()
  })

  it('pages outside the tab bar have a title and 返回; opened directly, 首页 goes to the role home', async () => {
    const owner = await ownerPhone()
    await owner.goto(`${rig.server.url}/#/pages/me/index`)
    await titleIs(owner, '我的')
    await visiblePage(owner).getByText('查看全部申请与办理进度').click()
    await titleIs(owner, '我的申请')
    await backButton(owner).waitFor()
    // The last card: the first may be a to-do whose own button (补充材料) takes the tap.
    await visiblePage(owner).locator('.request-card').last().click()
    await titleIs(owner, '申请详情')
    await settle(owner)
    await shot(owner, 'request-detail-bar')
    await backButton(owner).click()
    await titleIs(owner, '我的申请')
    await backButton(owner).click()
    await titleIs(owner, '我的')

    // Opened from a link: nothing below it, so 首页, which goes to the owner's home.
    await owner.goto(`${rig.server.url}/#/pages/bookings/index`)
    await owner.reload()
    await titleIs(owner, '我的报名')
    await expect(backButton(owner).isVisible()).resolves.toBe(false)
    await homeButton(owner).click()
    await titleIs(owner, '企服管家')
    await visiblePage(owner).getByText('我的双专员').waitFor()

    // A specialist's 办理 page has the bar too; their 工作台 starts the stack, so it has no button.
    const specialist = await rig.phone()
    await specialist.goto(rig.server.url)
    await loginFromList(specialist, '专员', '陈国栋')
    await titleIs(specialist, '工作台')
    await expect(homeButton(specialist).isVisible()).resolves.toBe(false)
    await expect(backButton(specialist).isVisible()).resolves.toBe(false)
    await visiblePage(specialist).locator('.request-card').first().click()
    await titleIs(specialist, '办理')
    await backButton(specialist).waitFor()
    await settle(specialist)
    await shot(specialist, 'specialist-request-bar')
  })

  it('a 404 says the thing is gone and leads back, not 重试', async () => {
    const owner = await ownerPhone()
    await owner.goto(`${rig.server.url}/#/pages/requests/detail/index?id=req-does-not-exist`)
    const state = visiblePage(owner).locator('.error-state')
    await state.getByText('该内容不存在或已被删除').waitFor()
    await expect(state.getByText('重试').count()).resolves.toBe(0)
    await settle(owner)
    await shot(owner, 'not-found')
    await state.locator('.nut-button', { hasText: '返回' }).click()
    await visiblePage(owner).getByText('我的双专员').waitFor()
  })

  it('offline: a pull to refresh keeps the list and says it is not fresh', async () => {
    const owner = await ownerPhone()
    await owner.goto(`${rig.server.url}/#/pages/me/index`)
    await visiblePage(owner).getByText('查看全部申请与办理进度').click()
    // The whole list first (its footer says so): counting at the first card raced the rest of the page.
    await visiblePage(owner).getByText('没有更多了').waitFor()
    await settled(owner)
    const cardsBefore = await visiblePage(owner).locator('.request-card').count()
    expect(cardsBefore).toBeGreaterThan(1)

    await owner.context().setOffline(true)
    await pullDown(owner)
    const offlineToast = toast(owner).getByText('无网络，内容未更新')
    await offlineToast.waitFor({ timeout: 15_000 })
    // One line: the box is no taller than the text's own line height.
    const lines = await offlineToast.evaluate((element) => {
      const lineHeight = parseFloat(getComputedStyle(element).lineHeight)
      return Math.round(element.getBoundingClientRect().height / lineHeight)
    })
    expect(lines).toBe(1)
    await shot(owner, 'offline-pull-refresh')
    // The list is still there, and the pull's spinner has folded away.
    await expect(visiblePage(owner).locator('.request-card').count()).resolves.toBe(cardsBefore)
    await owner.waitForFunction(() =>
      [...document.querySelectorAll('.rmc-pull-to-refresh-content')].every(
        (content) => getComputedStyle(content).transform === 'none',
      ),
    )
    await owner.context().setOffline(false)
  })

  it('offline: a page whose code cannot load says so and opens on 重试 once back online', async () => {
    const owner = await ownerPhone()
    await owner.locator('.weui-tabbar__item', { hasText: '沙龙' }).click()
    const card = visiblePage(owner).locator('.salon-card').first()
    await card.waitFor()
    const salonTitle = await card.locator('.salon-card__title').innerText()

    await owner.context().setOffline(true)
    await card.click()
    const modal = owner.locator('.taro__modal')
    await modal.getByText('页面没有打开').waitFor()
    await modal.getByText('网络不可用，请检查网络连接后重试。').waitFor()
    await shot(owner, 'offline-page-not-loaded')

    await owner.context().setOffline(false)
    await modal.getByText('重试', { exact: true }).click()
    await titleIs(owner, '沙龙详情')
    await visiblePage(owner).getByText(salonTitle).first().waitFor()
    await settle(owner)
    await shot(owner, 'salon-detail-after-retry')
  })

  it('serves a favicon', async () => {
    const response = await fetch(`${rig.server.url}/favicon.ico`)
    expect(response.status).toBe(200)
    const bytes = Buffer.from(await response.arrayBuffer())
    // An ICO: reserved 0, type 1 (icon), then at least one image.
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0])
    expect(bytes.readUInt16LE(4)).toBeGreaterThanOrEqual(1)
  })
})
