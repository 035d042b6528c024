import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, tapButton, visiblePage } from './support/session'

/** The number on the 消息 header's bell (0 without a badge). */
async function bellCount(page: Page): Promise<number> {
  const bell = visiblePage(page).locator('.notice-bell')
  await bell.waitFor()
  const badge = bell.locator('.notice-badge')
  return (await badge.count()) ? Number(await badge.innerText()) : 0
}

async function waitForBell(page: Page, count: number): Promise<void> {
  await page.waitForFunction((wanted) => {
    const pages = [...document.querySelectorAll('.taro_page')].filter((p) => (p as HTMLElement).offsetParent)
    const bell = pages[pages.length - 1]?.querySelector('.notice-bell')
    if (!bell) return false
    const badge = bell.querySelector('.notice-badge')
    return (badge ? Number(badge.textContent) : 0) === wanted
  }, count)
}

/** Waits until the first element matching `selector` is inside the viewport (the page slid in), not just in the DOM. */
async function onScreen(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => {
    const box = document.querySelector(css)?.getBoundingClientRect()
    return Boolean(box && box.width > 0 && box.left >= 0 && box.right <= window.innerWidth && box.top >= 0)
  }, selector)
}

describe('notices journey', () => {
  const rig = journeyRig()
  const shot = screenshotter('notices')

  /** The liaison of 飞快通航 moves its financing request, from the liaison's own app (straight at the server). */
  async function askForMaterials(requestId: string): Promise<void> {
    const response = await fetch(`${rig.server.url}/api/v1/service-requests/${requestId}/actions`, {
      method: 'POST',
      headers: { Authorization: 'Bearer demo-usr-spec-04', 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'request_materials', note: '请补充近三年财务报表' }),
    })
    expect(response.status).toBe(200)
  }

  it('a notice arrives live: the bell counts up, the centre lists it, tapping opens the request, the count goes down', async () => {
    await fetch(`${rig.server.url}/api/v1/__mock/reset`, { method: 'POST' })
    const owner = await rig.phone()
    await owner.goto(rig.server.url)
    await loginFromList(owner, '企业主', '重庆飞快通航科技有限公司')
    await visiblePage(owner).getByText('我的双专员').waitFor()

    await owner.locator('.weui-tabbar__item', { hasText: '消息' }).click()
    await visiblePage(owner).getByText('张敏（服务专员）').waitFor()
    const before = await bellCount(owner)
    // The seed's completed, unrated request is past its 3 days: one invitation to rate waits.
    expect(before).toBe(1)
    await settled(owner)
    await shot(owner, 'messages-bell')

    const financing = await fetch(`${rig.server.url}/api/v1/service-requests?status=in_progress`, {
      headers: { Authorization: 'Bearer demo-usr-owner-01' },
    }).then((r) => r.json() as Promise<{ items: { id: string; serviceType: string }[] }>)
    const request = financing.items.find((r) => r.serviceType === 'financing_matching')
    if (!request) throw new Error('the seed has 飞快通航 financing in progress')
    await askForMaterials(request.id)
    // Live over the socket: no refresh, no tap.
    await waitForBell(owner, before + 1)

    await visiblePage(owner).locator('.notice-bell').click()
    const centre = visiblePage(owner)
    await centre.getByText('通知（2 条未读）').waitFor()
    const first = centre.locator('.notice-row').first()
    await first.locator('.notice-row__title', { hasText: '需要补充材料' }).waitFor()
    await first.getByText(/请补充近三年财务报表/).waitFor()
    expect(await centre.locator('.notice-row--unread').count()).toBe(2)
    await onScreen(owner, '.notice-row')
    await settled(owner)
    await shot(owner, 'notice-centre')

    await first.click()
    await visiblePage(owner)
      .getByText('申请详情')
      .or(visiblePage(owner).getByText('办理进度'))
      .first()
      .waitFor()
    await visiblePage(owner).getByText('请补充近三年财务报表').first().waitFor()
    expect(owner.url()).toContain(`id=${request.id}`)

    // Back on the centre the row is read and the count went down; the bell says the same.
    await owner.goBack()
    await visiblePage(owner).getByText('通知（1 条未读）').waitFor()
    expect(await visiblePage(owner).locator('.notice-row--unread').count()).toBe(1)
    await owner.goBack()
    await waitForBell(owner, before)

    // 全部已读 from the centre clears the rest.
    await visiblePage(owner).locator('.notice-bell').click()
    await visiblePage(owner).getByText('通知（1 条未读）').waitFor()
    await tapButton(owner, '全部已读')
    await visiblePage(owner)
      .locator('.section-card__title', { hasText: /^通知$/ })
      .waitFor()
    expect(await visiblePage(owner).locator('.notice-row--unread').count()).toBe(0)
    await settled(owner)
    await shot(owner, 'notice-centre-all-read')
  })
})
