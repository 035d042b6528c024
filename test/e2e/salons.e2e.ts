import fs from 'node:fs'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { startAppServer, type AppServer } from './support/app-server'
import { launchBrowser, newPhoneContext, screenshotter, watchPageErrors } from './support/browser'
import { loginFromList, settled, tapButton, visiblePage } from './support/session'

/** One row of Taro's H5 picker wheel, in CSS px. */
const WHEEL_ROW = 34

/**
 * Picks a time as the admin does: taps the field, turns each wheel column by `turns` rows (a drag:
 * positive is later), and confirms. The wheels open a week ahead at 14:00.
 */
async function pick(page: Page, field: string, kind: 'date' | 'time', turns: number[] = []) {
  await visiblePage(page)
    .locator(`.date-time-field--${field} .date-time-field__picker--${kind} .date-time-field__box`)
    .click()
  // The open sheet (the overlay around it has no box of its own: its parts are fixed to the screen).
  const sheet = page.locator('.weui-picker:visible')
  await sheet.waitFor()
  await settled(page)
  for (const [column, rows] of turns.entries()) {
    if (!rows) continue
    const box = await sheet.locator('.weui-picker__group').nth(column).boundingBox()
    if (!box) throw new Error(`no wheel ${column}`)
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x, y - rows * WHEEL_ROW, { steps: 8 })
    await page.mouse.up()
  }
  await sheet.locator('.weui-picker__action', { hasText: '确定' }).click()
  await sheet.waitFor({ state: 'hidden' })
}

interface Actor {
  context: BrowserContext
  page: Page
  errors: Error[]
}

describe('salons journey: publish, book, waitlist, promote, check in, export', () => {
  let server: AppServer
  let browser: Browser
  const actors: Actor[] = []
  const shot = screenshotter('salons')
  const title = `两席闭门沙龙 ${Date.now() % 100000}`

  async function actor(): Promise<Actor> {
    const context = await newPhoneContext(browser)
    const page = await context.newPage()
    const created = { context, page, errors: watchPageErrors(page) }
    actors.push(created)
    return created
  }

  async function salonIdByTitle(): Promise<string> {
    const response = await fetch(`${server.url}/api/v1/salons?status=published&limit=100`, {
      headers: { Authorization: 'Bearer demo-usr-admin-01' },
    })
    const body = (await response.json()) as { items: { id: string; title: string }[] }
    const salon = body.items.find((item) => item.title === title)
    if (!salon) throw new Error(`salon ${title} not published`)
    return salon.id
  }

  async function openDetailAs(page: Page, id: string, owner: string) {
    await page.goto(server.url)
    await page.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(page, '企业主', owner)
    await visiblePage(page).getByText('我的双专员').waitFor()
    await page.goto(`${server.url}/#/pages/salons/detail/index?id=${id}`)
    await visiblePage(page).getByText(title).first().waitFor()
  }

  async function openDetailAgain(page: Page, id: string) {
    await page.goto(`${server.url}/#/pages/salons/detail/index?id=${id}`)
    await visiblePage(page).getByText(title).first().waitFor()
  }

  const button = (page: Page, words: string) =>
    visiblePage(page).locator('.booking-button', { hasText: words })

  beforeAll(async () => {
    server = await startAppServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    for (const { errors } of actors) expect(errors).toEqual([])
    await browser?.close()
    await server?.close()
  })

  it('runs the whole salon day on one backend', async () => {
    // Admin: a new 2-seat salon, saved as a draft, then published.
    const admin = await actor()
    await admin.page.goto(`${server.url}/#/admin/salons/index`)
    await admin.page.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(admin.page, '管理员', '管理员')
    await visiblePage(admin.page).getByText('＋ 新建沙龙').click()
    await visiblePage(admin.page).getByText('保存草稿').waitFor()
    const fill = (field: string, value: string) =>
      visiblePage(admin.page).locator(`.salon-form__input--${field} input`).fill(value)
    await fill('title', title)
    await fill('summary', '两个席位，先到先得')
    await fill('location', '两江新区互联网产业园 3 栋 201')
    // Times are picked on the wheels: a week ahead, 14:00 to 14:00 first (wrong on purpose: the form
    // must say so), then the end two hours later; booking closes at noon that day.
    await pick(admin.page, 'startAt', 'date')
    await pick(admin.page, 'startAt', 'time')
    await pick(admin.page, 'endAt', 'date')
    await pick(admin.page, 'endAt', 'time')
    await pick(admin.page, 'bookingDeadline', 'date')
    await pick(admin.page, 'bookingDeadline', 'time', [-2])
    await visiblePage(admin.page).locator('.date-time-field--bookingDeadline').getByText('12:00').waitFor()
    await fill('capacity', '2')
    await tapButton(admin.page, '保存草稿')
    await visiblePage(admin.page).getByText('结束时间须晚于开始时间').waitFor()
    await shot(admin.page, 'admin-form-error')
    await pick(admin.page, 'endAt', 'time', [2])
    await visiblePage(admin.page).locator('.date-time-field--endAt').getByText('16:00').waitFor()
    await tapButton(admin.page, '保存草稿')
    // Saved: the list opens on 草稿, where the new draft is.
    await visiblePage(admin.page).locator('.segmented__item--active', { hasText: '草稿' }).waitFor()
    const card = visiblePage(admin.page).locator('.salon-card', { hasText: title })
    await card.waitFor()
    await shot(admin.page, 'admin-draft')
    await card.locator('.nut-button', { hasText: '发布' }).click()
    await card.waitFor({ state: 'detached' })
    await visiblePage(admin.page).locator('.segmented__item', { hasText: '已发布' }).click()
    await visiblePage(admin.page).locator('.salon-card', { hasText: title }).waitFor()
    const id = await salonIdByTitle()

    // Two owners take the two seats; the third joins the waitlist.
    const a = await actor()
    await openDetailAs(a.page, id, '何亦然')
    await visiblePage(a.page).getByText('仅剩 2 席', { exact: false }).waitFor()
    await button(a.page, '报名').click()
    await visiblePage(a.page).getByText('签到码', { exact: false }).first().waitFor()
    await shot(a.page, 'owner-a-booked-qr')

    const b = await actor()
    await openDetailAs(b.page, id, '孙瑜')
    await button(b.page, '报名').click()
    const codeText = await visiblePage(b.page).locator('.booking-panel__code').innerText()
    const codeB = codeText.replace('签到码', '').trim()

    const c = await actor()
    await openDetailAs(c.page, id, '郑云帆')
    await visiblePage(c.page).getByText('已满 · 可候补', { exact: false }).waitFor()
    await button(c.page, '加入候补').click()
    await visiblePage(c.page).getByText('候补第 1 位').first().waitFor()
    await shot(c.page, 'owner-c-waitlisted')

    // A cancels; C is promoted and sees it without reloading (booking.updated over the socket).
    await button(a.page, '取消报名').click()
    await a.page.locator('.taro-model__confirm', { hasText: '确定取消' }).click()
    await button(a.page, '加入候补').waitFor() // C took the freed seat: full again
    await visiblePage(c.page).getByText('候补成功', { exact: false }).waitFor()
    await visiblePage(c.page).locator('.booking-panel__code').waitFor()
    await shot(c.page, 'owner-c-promoted')

    // The admin checks B in by code, is refused a second time and for an unknown code.
    await admin.page.goto(`${server.url}/#/admin/check-in/index?salonId=${id}`)
    await visiblePage(admin.page).getByText(`为「${title}」签到`).waitFor()
    const code = visiblePage(admin.page).locator('.check-in__code input')
    await code.fill(codeB)
    await tapButton(admin.page, '签到')
    await visiblePage(admin.page).getByText('孙瑜 签到成功').waitFor()
    // 已签到/应到: B in, C (promoted) still to come.
    await visiblePage(admin.page).getByLabel('已签到 1 人，应到 2 人').waitFor()
    await code.fill(codeB)
    await tapButton(admin.page, '签到')
    await visiblePage(admin.page).getByText('已签到过，请勿重复签到').waitFor()
    await code.fill('ZZZZ9999')
    await tapButton(admin.page, '签到')
    await visiblePage(admin.page).getByText('签到码无效').waitFor()
    await shot(admin.page, 'admin-check-in')

    // The list: 1 confirmed (C), 1 checked in (B), nobody waiting; the CSV downloads with a name.
    await admin.page.goto(`${server.url}/#/admin/bookings/index?salonId=${id}`)
    await visiblePage(admin.page).locator('.segmented__item', { hasText: '已确认 1' }).waitFor()
    await visiblePage(admin.page).locator('.segmented__item', { hasText: '候补 0' }).waitFor()
    await visiblePage(admin.page).locator('.segmented__item', { hasText: '已签到 1' }).click()
    await visiblePage(admin.page).getByText('孙瑜').waitFor()
    await shot(admin.page, 'admin-bookings')
    const [download] = await Promise.all([
      admin.page.waitForEvent('download'),
      tapButton(admin.page, '导出 CSV'),
    ])
    expect(download.suggestedFilename()).toBe(`${title}-报名名单.csv`)
    const csv = fs.readFileSync((await download.path())!, 'utf8')
    expect(csv).toContain('孙瑜')
    expect(csv).toContain('已签到')
    expect(csv).toContain('郑云帆')

    // B's own screen now shows the check-in.
    await b.page.reload()
    await button(b.page, '已签到').waitFor()
    // The ticket heads the page: 已签到 and when, the QR gone now that it has done its job.
    const ticket = visiblePage(b.page).getByRole('region', { name: '我的入场券' })
    await ticket.getByText(/^签到时间 /).waitFor()
    expect(await ticket.getByRole('img', { name: '签到二维码' }).count()).toBe(0)
    await settled(b.page)
    await shot(b.page, 'owner-b-checked-in')

    // C's lists: the salon on the 沙龙 tab, the booking under 我的报名 · 已报名.
    await c.page.goto(`${server.url}/#/pages/salons/index`)
    await visiblePage(c.page).locator('.salon-card', { hasText: title }).waitFor()
    await settled(c.page) // the page's slide-in finished before the picture
    await shot(c.page, 'owner-c-salons')
    await c.page.goto(`${server.url}/#/pages/bookings/index`)
    await visiblePage(c.page).locator('.salon-card', { hasText: title }).waitFor()
    await shot(c.page, 'owner-c-my-bookings')

    // The admin cancels with a reason; C sees it on the salon.
    await admin.page.goto(`${server.url}/#/admin/salons/index`)
    const published = visiblePage(admin.page).locator('.salon-card', { hasText: title })
    await published.locator('.nut-button', { hasText: '取消' }).click()
    await admin.page.locator('.cancel-salon-dialog__reason textarea').fill('场地临时检修，改期另行通知')
    await shot(admin.page, 'admin-cancel-dialog')
    await admin.page.locator('.nut-dialog .nut-button', { hasText: '确认取消沙龙' }).click()
    await published.waitFor({ state: 'detached' })
    await openDetailAgain(c.page, id)
    await visiblePage(c.page).getByText('本场沙龙已取消：场地临时检修，改期另行通知').waitFor()
    await button(c.page, '已取消').waitFor()
    await shot(c.page, 'owner-c-cancelled')
  })
})
