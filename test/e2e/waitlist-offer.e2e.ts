import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, visiblePage } from './support/session'

const HOUR = 3600_000
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00')

/** The number on the 消息 header's bell (0 without a badge). */
async function bellCount(page: Page): Promise<number> {
  const bell = visiblePage(page).locator('.notice-bell')
  await bell.waitFor()
  const badge = bell.locator('.notice-badge')
  return (await badge.count()) ? Number(await badge.innerText()) : 0
}

/** Waits until the first element matching `selector` is inside the viewport (the page slid in). */
async function onScreen(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((css) => {
    const box = document.querySelector(css)?.getBoundingClientRect()
    return Boolean(box && box.width > 0 && box.left >= 0 && box.right <= window.innerWidth && box.top >= 0)
  }, selector)
}

describe('waitlist offer journey', () => {
  const rig = journeyRig()
  const shot = screenshotter('waitlist-offer')
  const title = `临开场候补沙龙 ${Date.now() % 100000}`

  /** The admin's one-seat salon starting in 5 hours (inside the default 24 h), published. */
  async function salonStartingSoon(): Promise<string> {
    const admin = { Authorization: 'Bearer demo-usr-admin-01', 'Content-Type': 'application/json' }
    const start = Date.now() + 5 * HOUR
    const created = await fetch(`${rig.server.url}/api/v1/salons`, {
      method: 'POST',
      headers: { ...admin, 'Idempotency-Key': `offer-${Date.now()}` },
      body: JSON.stringify({
        title,
        summary: '一席，临开场有人退出',
        description: '',
        speakers: [],
        location: '两江新区互联网产业园 3 栋 201',
        startAt: iso(start),
        endAt: iso(start + 2 * HOUR),
        bookingDeadline: iso(start - HOUR),
        capacity: 1,
      }),
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    const published = await fetch(`${rig.server.url}/api/v1/salons/${id}/publish`, {
      method: 'POST',
      headers: admin,
    })
    expect(published.status).toBe(200)
    return id
  }

  async function openDetailAs(page: Page, id: string, owner: string) {
    await page.goto(rig.server.url)
    await loginFromList(page, '企业主', owner)
    await visiblePage(page).getByText('我的双专员').waitFor()
    await page.goto(`${rig.server.url}/#/pages/salons/detail/index?id=${id}`)
    await visiblePage(page).getByText(title).first().waitFor()
  }

  const button = (page: Page, words: string) =>
    visiblePage(page).locator('.booking-button', { hasText: words })

  it('a seat freed close to the start is offered live; the owner opens it from the notice and confirms', async () => {
    await fetch(`${rig.server.url}/api/v1/__mock/reset`, { method: 'POST' })
    const id = await salonStartingSoon()

    // 何亦然 takes the only seat; 郑云帆 joins the waitlist.
    const holder = await rig.phone()
    await openDetailAs(holder, id, '何亦然')
    await button(holder, '报名').click()
    await visiblePage(holder).locator('.booking-panel__code').waitFor()
    const waiter = await rig.phone()
    await openDetailAs(waiter, id, '郑云帆')
    await button(waiter, '加入候补').click()
    await visiblePage(waiter).getByText('候补第 1 位').first().waitFor()

    // The waiter goes to 消息, where the bell is.
    await waiter.goto(`${rig.server.url}/#/pages/messages/index`)
    const before = await bellCount(waiter)

    // Five hours before the start the holder cancels: the seat is offered, not given.
    await button(holder, '取消报名').click()
    await holder.locator('.taro-model__confirm', { hasText: '确定取消' }).click()
    await button(holder, '加入候补').waitFor()

    // Live over the socket: the bell counts the offer.
    await waiter.waitForFunction((wanted) => {
      const pages = [...document.querySelectorAll('.taro_page')].filter(
        (p) => (p as HTMLElement).offsetParent,
      )
      const badge = pages[pages.length - 1]?.querySelector('.notice-bell .notice-badge')
      return Number(badge?.textContent ?? 0) === wanted
    }, before + 1)
    await visiblePage(waiter).locator('.notice-bell').click()
    const row = visiblePage(waiter).locator('.notice-row', { hasText: '候补名额待确认' }).first()
    await row.getByText(new RegExp(title)).waitFor()
    await onScreen(waiter, '.notice-row')
    await settled(waiter)
    await shot(waiter, 'offer-notice')
    await row.click()

    // The notice opens the salon: the offer, its time left, 确认参加.
    await visiblePage(waiter).getByText(title).first().waitFor()
    expect(waiter.url()).toContain(`id=${id}`)
    const timer = visiblePage(waiter).locator('.booking-panel__left')
    await timer.waitFor()
    expect(await timer.innerText()).toMatch(/^还剩 (1 小时 5\d 分|2 小时)$/)
    // The page has slid in (the shot is of the page, not of its transition).
    await onScreen(waiter, '.taro_page:last-child .booking-panel__left')
    await settled(waiter)
    await shot(waiter, 'offer-detail')
    await button(waiter, '确认参加').click()
    await visiblePage(waiter).locator('.booking-panel__code').waitFor()
    await visiblePage(waiter).getByText('我的入场券').waitFor()
    await settled(waiter)
    await shot(waiter, 'offer-confirmed')

    const mine = await fetch(`${rig.server.url}/api/v1/salons/${id}`, {
      headers: { Authorization: 'Bearer demo-usr-owner-04' },
    }).then((r) => r.json() as Promise<{ myBooking?: { status: string } }>)
    expect(mine.myBooking?.status).toBe('confirmed')
  })
})
