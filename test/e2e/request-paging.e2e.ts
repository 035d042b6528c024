// 我的申请 pages through a long list however the end is reached. Taro's H5 reach-bottom asked for the
// next page only after a scroll event away from the end, so once a page was appended a jump straight
// to the new end (the End key, the scrollbar, a long flick landing in one event) never asked again and
// the list stopped after its second page (the benchmark saw 41 of 200 cards).
import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, visiblePage } from './support/session'

const OWNER = 'usr-owner-01'
/** Three pages of 20 at least, on top of what the owner already has. */
const MADE = 45

describe('我的申请: a long list', () => {
  const rig = journeyRig()

  async function makeRequests() {
    const { backend } = rig.server
    const login = await backend.handle({
      method: 'POST',
      path: '/api/v1/auth/demo',
      headers: { 'content-type': 'application/json' },
      body: { userId: OWNER },
    })
    const token = (login.body as { token: string }).token
    for (let index = 0; index < MADE; index += 1) {
      const created = await backend.handle({
        method: 'POST',
        path: '/api/v1/service-requests',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': `paging-${index}`,
        },
        body: {
          serviceType: 'bank_account',
          fields: {
            bankName: '重庆银行',
            accountType: '基本存款账户',
            preferredDate: '2027-03-10',
            contactName: '程飞',
            contactPhone: '13800000000',
          },
        },
      })
      expect(created.status).toBe(201)
    }
  }

  /** One scroll event at the very end of the page, as the End key or a dragged scrollbar makes. */
  const jumpToEnd = (page: Page) =>
    visiblePage(page).evaluate((element) => {
      element.scrollTop = element.scrollHeight
    })

  const cards = (page: Page) => visiblePage(page).locator('.request-list .request-card')

  it('loads every page when the end is reached in one jump each time', async () => {
    await makeRequests()
    const page = await rig.phone()
    await page.goto(rig.server.url)
    await loginFromList(page, '企业主', '程飞')
    await visiblePage(page).locator('.home__greeting').waitFor()
    await page.evaluate(() => {
      location.hash = '#/pages/requests/index'
    })
    await cards(page).first().waitFor()
    const footer = visiblePage(page).getByText(/^(加载中…|上滑加载更多|没有更多了)$/)
    while ((await footer.textContent()) !== '没有更多了') {
      const shown = await cards(page).count()
      await jumpToEnd(page)
      // The next page arrives (more cards), or the list says it has them all.
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll('.taro_page .request-list .request-card').length > count ||
          [...document.querySelectorAll('.taro_page .request-list')].some((list) =>
            list.textContent?.includes('没有更多了'),
          ),
        shown,
      )
    }
    expect(await cards(page).count()).toBeGreaterThanOrEqual(MADE)
  })
})

describe('工作台: the specialist queue pages the same way', () => {
  const rig = journeyRig()

  it('已办结 grows page by page to its total as the end is reached, then says 没有更多了', async () => {
    const { backend } = rig.server
    const counts = await backend.handle({
      method: 'GET',
      path: '/api/v1/service-request-counts',
      headers: { authorization: 'Bearer demo-usr-spec-01' },
    })
    const total = (counts.body as { byStatus: Record<string, number> }).byStatus.completed ?? 0
    expect(total).toBeGreaterThan(40)

    const page = await rig.phone()
    await page.goto(rig.server.url)
    await loginFromList(page, '专员', '张敏')
    await visiblePage(page).getByText('待办队列').waitFor()
    await visiblePage(page)
      .getByRole('tab', { name: `已办结 ${total}` })
      .click()
    const cards = visiblePage(page).locator('.request-list .request-card')
    await visiblePage(page).getByText('上滑加载更多').waitFor()
    expect(await cards.count()).toBe(20)
    const footer = visiblePage(page).getByText(/^(加载中…|上滑加载更多|没有更多了)$/)
    while ((await footer.textContent()) !== '没有更多了') {
      const shown = await cards.count()
      // One scroll event at the very end, as the End key or a dragged scrollbar makes.
      await visiblePage(page).evaluate((element) => {
        element.scrollTop = element.scrollHeight
      })
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll('.taro_page .request-list .request-card').length > count ||
          [...document.querySelectorAll('.taro_page .request-list')].some((list) =>
            list.textContent?.includes('没有更多了'),
          ),
        shown,
      )
    }
    expect(await cards.count()).toBe(total)
    await footer.scrollIntoViewIfNeeded()
    expect(await footer.isVisible()).toBe(true)
    await settled(page)
    await screenshotter('request-paging')(page, 'workbench-completed-end')
  })
})
