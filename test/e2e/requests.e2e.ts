import type { Browser, BrowserContext, Page } from 'playwright-core'

import { startAppServer, type AppServer } from './support/app-server'
import { launchBrowser, newPhoneContext, screenshotter, watchPageErrors } from './support/browser'
import { loginFromList, settled, tapButton, visiblePage } from './support/session'

// A tiny valid PNG (1×1), and a "PDF" of 20 MB that must never leave the phone.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
const BIG = Buffer.alloc(20 * 1024 * 1024, 1)

type Payload = { name: string; mimeType: string; buffer: Buffer }

/**
 * Taps 添加附件 and hands the H5 file input these files, as a person picking them would. Handing
 * Chromium 20 MB over the DevTools protocol is slow by nature (seconds on a busy machine), so the pick
 * has its own time; everything after it waits on what the screen shows.
 */
async function attach(page: Page, file: Payload) {
  const chooser = page.waitForEvent('filechooser')
  await visiblePage(page).locator('.nut-button', { hasText: '添加附件' }).last().click()
  const pickMs = 10_000 + Math.ceil(file.buffer.byteLength / (1024 * 1024)) * 2_000
  await (await chooser).setFiles(file, { timeout: pickMs })
}

const field = (page: Page, key: string) =>
  visiblePage(page).locator(`[data-field="${key}"]`).locator('input, textarea').first()

const exactButton = (page: Page, words: string) =>
  visiblePage(page).locator('.nut-button', { hasText: new RegExp(`^${words}$`) })

/** Taro H5 slides pages in; a screenshot during the slide shows an empty page. */
const settle = settled

const panelNote = (page: Page) => visiblePage(page).locator('.action-panel textarea')

describe('service request journey: owner asks, specialist works it, owner rates', () => {
  let server: AppServer
  let browser: Browser
  let ownerContext: BrowserContext
  let specialistContext: BrowserContext
  let owner: Page
  let specialist: Page
  let errors: Error[]
  const shot = screenshotter('requests')
  let uploads = 0

  beforeAll(async () => {
    server = await startAppServer()
    browser = await launchBrowser()
    ownerContext = await newPhoneContext(browser)
    specialistContext = await newPhoneContext(browser)
    owner = await ownerContext.newPage()
    specialist = await specialistContext.newPage()
    errors = [...watchPageErrors(owner), ...watchPageErrors(specialist)]
    owner.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/v1/files')) uploads += 1
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('owner: bad input gets clear messages and sends nothing', async () => {
    await owner.goto(server.url)
    await owner.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(owner, '企业主', '重庆飞快通航科技有限公司')
    await visiblePage(owner).getByText('办理中的申请').waitFor()
    await visiblePage(owner).locator('.request-card').first().waitFor()
    // 程飞 owes materials on a seeded request: it leads the page, quoted, with its button.
    await visiblePage(owner).getByText('待您补充材料（1）').waitFor()
    await visiblePage(owner).getByText('请补充上传法定代表人身份证复印件（正反面）。').waitFor()
    await settle(owner)
    await shot(owner, 'owner-home-in-progress')

    await owner.locator('.weui-tabbar__item', { hasText: '服务' }).click()
    await visiblePage(owner).getByText('工商注册代办').waitFor()
    await shot(owner, 'catalogue')
    await visiblePage(owner).getByText('工商注册代办').click()
    await visiblePage(owner).getByText('申请信息').waitFor()

    let creates = 0
    owner.on('request', (request) => {
      if (request.method() === 'POST' && /\/service-requests$/.test(request.url())) creates += 1
    })
    await tapButton(owner, '提交申请')
    await visiblePage(owner).getByText('请填写拟注册企业名称').waitFor()
    await visiblePage(owner).getByText('请选择企业类型').waitFor()
    await shot(owner, 'empty-submit-errors')

    await field(owner, 'contactPhone').fill('1380000')
    await visiblePage(owner).getByText('请输入正确的联系电话（11 位手机号）').waitFor()
    await attach(owner, { name: '营业执照扫描件.pdf', mimeType: 'application/pdf', buffer: BIG })
    await visiblePage(owner)
      .getByText('「营业执照扫描件.pdf」有 20.0 MB，超过 10 MB 上限，请压缩后再上传')
      .waitFor()
    await visiblePage(owner).locator('[data-field="contactPhone"]').scrollIntoViewIfNeeded()
    await shot(owner, 'bad-phone-and-20mb-file')
    expect(creates).toBe(0)
    expect(uploads).toBe(0)
  })

  it('owner: asks for 工商注册代办 with an attachment', async () => {
    await field(owner, 'companyName').fill('重庆飞快低空物流有限公司')
    await visiblePage(owner).getByText('有限责任公司', { exact: true }).click()
    await field(owner, 'registeredCapital').fill('200')
    await field(owner, 'businessScope').fill('无人机物流配送；航空器维修')
    await field(owner, 'contactName').fill('程飞')
    await field(owner, 'contactPhone').fill('13800001234')
    await attach(owner, { name: '身份证.png', mimeType: 'image/png', buffer: PNG })
    await visiblePage(owner).getByText('已上传').waitFor()
    expect(uploads).toBe(1)
    await shot(owner, 'form-filled-with-attachment')

    await tapButton(owner, '提交申请')
    // What happens next, then the request.
    await visiblePage(owner).getByText('申请已提交').waitFor()
    await visiblePage(owner)
      .getByText(/^专员张敏将在 3 个工作日内为您办结，/)
      .waitFor()
    await settle(owner)
    await shot(owner, 'owner-submitted')
    await exactButton(owner, '查看申请').click()
    await visiblePage(owner).getByText('申请概况').waitFor()
    await visiblePage(owner).locator('.status-tag', { hasText: '已提交' }).waitFor()
    expect(owner.url()).toContain('/pages/requests/detail/index')
    await settle(owner)
    await shot(owner, 'owner-detail-submitted')
  })

  it('specialist: accepts, starts and asks for materials', async () => {
    const number = (await visiblePage(owner)
      .getByText(/^编号 /)
      .textContent())!
      .replace('编号 ', '')
      .trim()
    await specialist.goto(server.url)
    await specialist.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(specialist, '专员', '张敏')
    await visiblePage(specialist).getByText('待办队列').waitFor()
    const card = visiblePage(specialist).locator('.request-card', { hasText: number })
    await card.waitFor()
    await settle(specialist)
    await shot(specialist, 'workbench-queue')
    await card.click()
    await visiblePage(specialist).getByText('申请概况').waitFor()
    await visiblePage(specialist).getByText('身份证.png').first().waitFor()
    // The enterprise is a tap away: a call to the form's contact, or the chat.
    const contact = visiblePage(specialist).getByRole('region', { name: '联系企业' })
    await contact.getByText('拨打电话').waitFor()
    await contact.getByText('发消息').waitFor()
    await settle(specialist)
    await shot(specialist, 'handle-submitted')

    await exactButton(specialist, '受理').click()
    await exactButton(specialist, '开始办理').waitFor()
    await exactButton(specialist, '开始办理').click()
    await exactButton(specialist, '要求补充材料').waitFor()
    await exactButton(specialist, '要求补充材料').click()
    // The service's own materials, ticked; anything else in words.
    await visiblePage(specialist).getByRole('checkbox', { name: '全体股东身份证明' }).click()
    await panelNote(specialist).fill('近三个月水电费单据')
    await settle(specialist)
    await shot(specialist, 'handle-materials-checklist')
    await exactButton(specialist, '确认要求补充材料').click()
    await visiblePage(specialist).locator('.status-tag', { hasText: '待补充材料' }).first().waitFor()
    await visiblePage(specialist)
      .locator('.request-timeline__note', { hasText: '1. 全体股东身份证明' })
      .waitFor()
    await shot(specialist, 'handle-asked-for-materials')
  })

  it('owner: sees the request for materials at once and supplies them', async () => {
    // No reload: the socket's request.updated refreshes the page.
    await visiblePage(owner).locator('.status-tag', { hasText: '待补充材料' }).first().waitFor()
    // First on the page: what was asked for, quoted, with the one 补充材料 button.
    const todo = visiblePage(owner).getByRole('region', { name: '待您补充材料' })
    await todo.getByText('全体股东身份证明').waitFor()
    await owner.evaluate(() => window.scrollTo(0, 0))
    await settle(owner)
    await shot(owner, 'owner-detail-todo-first')
    expect(await exactButton(owner, '补充材料').count()).toBe(1)
    await exactButton(owner, '补充材料').click()
    await panelNote(owner).fill('已上传股东身份证明')
    await attach(owner, { name: '股东身份证明.png', mimeType: 'image/png', buffer: PNG })
    await visiblePage(owner).locator('.action-panel').getByText('已上传').waitFor()
    await shot(owner, 'owner-supplying-materials')
    await exactButton(owner, '确认补充材料').click()
    await visiblePage(owner).locator('.status-tag', { hasText: '办理中' }).first().waitFor()
    await visiblePage(owner).locator('.request-timeline').getByText('股东身份证明.png').waitFor()
    await shot(owner, 'owner-materials-supplied')
  })

  it('specialist: completes with a note and the licence attached', async () => {
    await visiblePage(specialist)
      .locator('.request-timeline__note', { hasText: '已上传股东身份证明' })
      .waitFor()
    await exactButton(specialist, '办结').click()
    await panelNote(specialist).fill('营业执照已办结，原件已寄出')
    await attach(specialist, { name: '营业执照.png', mimeType: 'image/png', buffer: PNG })
    await visiblePage(specialist).locator('.action-panel').getByText('已上传').waitFor()
    await exactButton(specialist, '确认办结').click()
    await visiblePage(specialist).locator('.status-tag', { hasText: '已办结' }).first().waitFor()
    await visiblePage(specialist).locator('.request-timeline').getByText('营业执照.png').waitFor()
    await shot(specialist, 'handle-completed')

    await specialist.goto(`${server.url}/#/specialist/enterprises/index`)
    await specialist.reload()
    await visiblePage(specialist).getByText('重庆飞快通航科技有限公司').first().waitFor()
    await visiblePage(specialist).locator('.request-card').first().waitFor()
    await settle(specialist)
    await shot(specialist, 'my-enterprises')
  })

  it('owner: rates the completed request', async () => {
    await visiblePage(owner).locator('.status-tag', { hasText: '已办结' }).first().waitFor()
    await exactButton(owner, '评价').click()
    await visiblePage(owner).getByLabel('非常满意（5 星）', { exact: true }).click()
    await panelNote(owner).fill('一周拿到执照，非常省心')
    await exactButton(owner, '确认评价').click()
    await visiblePage(owner).getByText('已评价，感谢您的反馈').waitFor()
    await visiblePage(owner).getByText('一周拿到执照，非常省心').first().waitFor()
    await shot(owner, 'owner-rated')

    // 问专员 opens the chat with 张敏, who handles this registration, with the request along.
    await tapButton(owner, '问专员')
    await owner.waitForURL(/\/pages\/chat\/index\?conversationId=cnv-ent-01-usr-spec-01(&|$)/)
    await settle(owner)
    await shot(owner, 'ask-specialist-chat')

    // The tab bar hides on pages outside it: start over on 我的 (the session survives a reload).
    await owner.goto(`${server.url}/#/pages/me/index`)
    await owner.reload()
    await visiblePage(owner).getByText('查看全部申请与办理进度').click()
    await visiblePage(owner).locator('.filter-tabs__tab').first().waitFor()
    await visiblePage(owner).locator('.request-card', { hasText: '工商注册代办' }).first().waitFor()
    // Two 工商注册代办 are told apart by the company each is for.
    await visiblePage(owner)
      .locator('.request-card__summary', { hasText: '重庆飞快低空物流有限公司' })
      .waitFor()
    await settle(owner)
    await shot(owner, 'my-requests')
    // 待补充材料 comes right after 全部, whole on screen; the row scrolls to bring in the last tab whole
    // (within a pixel of the 375 px screen: boxes are fractional).
    const tabs = visiblePage(owner).locator('.filter-tabs__tab')
    const awaiting = await tabs.nth(1).boundingBox()
    expect(await tabs.nth(1).textContent()).toMatch(/^待补充材料/)
    expect(awaiting!.x + awaiting!.width).toBeLessThanOrEqual(375)
    const last = tabs.last()
    await last.scrollIntoViewIfNeeded()
    const box = await last.boundingBox()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(376)
    await visiblePage(owner).locator('.filter-tabs__tab', { hasText: '已办结' }).click()
    await visiblePage(owner).locator('.request-card .status-tag', { hasText: '已办结' }).first().waitFor()
    // Closed: when and how long, not a due date.
    await visiblePage(owner)
      .locator('.request-card__due', { hasText: /^已于 \d+月\d+日 办结 · 用时/ })
      .first()
      .waitFor()
    await shot(owner, 'my-requests-completed-tab')
    expect(errors).toEqual([])
  })
  it('owner: picks a date from the wheel in a date field', async () => {
    await owner.goto(`${server.url}/#/pages/requests/new/index?type=bank_account`)
    await owner.reload()
    await visiblePage(owner).getByText('点击选择日期').click()
    await owner.locator('.nut-picker-confirm-btn:visible').first().waitFor()
    await settle(owner)
    await shot(owner, 'date-wheel')
    await owner.locator('.nut-picker-confirm-btn:visible').first().click()
    await visiblePage(owner)
      .locator('[data-field="preferredDate"] .form-field__picker', { hasText: /^\d{4}-\d{2}-\d{2}$/ })
      .waitFor()
    await settle(owner)
    await shot(owner, 'date-picked')
    expect(errors).toEqual([])
  })
})
