import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, tapButton, visiblePage } from './support/session'

// A tiny valid PNG (1×1): the photo of the visit.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
// 数澜数据: registered and banked; 税务登记 is next and nobody has asked for it. 张敏 serves it.
const ENTERPRISE = '重庆数澜数据科技有限公司'

const exactButton = (page: Page, words: string) =>
  visiblePage(page).locator('.nut-button', { hasText: new RegExp(`^${words}$`) })
const panelNote = (page: Page) => visiblePage(page).locator('.action-panel textarea')

async function attach(page: Page, name: string) {
  const chooser = page.waitForEvent('filechooser')
  await visiblePage(page).locator('.nut-button', { hasText: '添加照片' }).last().click()
  await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: PNG }, { timeout: 10_000 })
}

/** Taro H5 slides a page in from the right: wait until the visible page stands at the left edge. */
async function slidIn(page: Page) {
  await page.waitForFunction(() => {
    const pages = [...document.querySelectorAll('.taro_page')].filter(
      (el) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).display !== 'none',
    )
    const last = pages[pages.length - 1]
    return last !== undefined && Math.abs(last.getBoundingClientRect().left) < 1
  })
  await settled(page)
}

describe('visits: the specialist records a visit and raises a request; the owner follows it to the next step', () => {
  const rig = journeyRig()
  const shot = screenshotter('visits')

  it('runs from the visit to the owner’s journey moving a step', async () => {
    const owner = await rig.phone()
    const specialist = await rig.phone()

    // The owner: 落地进度 on 首页, 税务登记 current.
    await owner.goto(rig.server.url)
    await loginFromList(owner, '企业主', ENTERPRISE)
    const journey = visiblePage(owner).getByRole('region', { name: '落地进度' })
    await journey.getByText(/^当前：税务登记 · 已进行 \d+ 天$/).waitFor()
    await journey.getByText('申请税务登记代办').waitFor()
    await settled(owner)
    await shot(owner, 'owner-journey-before')

    // The specialist: 我的企业 → the enterprise → 记录走访.
    await specialist.goto(rig.server.url)
    await loginFromList(specialist, '专员', '张敏')
    await visiblePage(specialist).getByText('待办队列').waitFor()
    await specialist.goto(`${rig.server.url}/#/specialist/enterprises/index`)
    await visiblePage(specialist).getByText(ENTERPRISE).first().waitFor()
    await visiblePage(specialist).getByText('落地阶段：税务登记').first().waitFor()
    await settled(specialist)
    await shot(specialist, 'my-enterprises-by-stage')
    await visiblePage(specialist)
      .getByRole('link', { name: `${ENTERPRISE}，落地进度与走访` })
      .click()
    await visiblePage(specialist).getByText('代为发起税务登记').waitFor()
    await visiblePage(specialist).getByText('跟进税务登记').waitFor()
    await settled(specialist)
    await shot(specialist, 'enterprise-page')

    await exactButton(specialist, '记录走访').click()
    await visiblePage(specialist).getByText('走访情况').waitFor()
    await slidIn(specialist)
    const form = visiblePage(specialist).locator('.visit-form')
    await form.locator('.visit-form__input input').nth(0).fill('了解税务登记与开票需求')
    await form.locator('.visit-form__input input').nth(1).fill('马澜（首席执行官）')
    await form.locator('textarea').first().fill('企业首单即将交付，急需开具增值税发票。')
    await attach(specialist, '现场.png')
    await form.getByText('已上传').waitFor()
    await tapButton(specialist, '添加问题')
    await form.getByRole('radio', { name: '审批证照' }).click()
    await form.locator('.visit-form__problem textarea').fill('税务登记未办，发票开不出来')
    await settled(specialist)
    await shot(specialist, 'visit-form-filled')
    await tapButton(specialist, '保存走访记录')

    // Back on the enterprise page: the visit, its photo, and the problem to raise.
    const visit = visiblePage(specialist).locator('.visit-card', { hasText: '了解税务登记与开票需求' })
    await visit.locator('.visit-card__photo').waitFor()
    await slidIn(specialist)
    await shot(specialist, 'visit-recorded')
    await visit.locator('.nut-button', { hasText: '代为发起申请' }).click()
    await visit.getByRole('radio', { name: '税务登记代办' }).click()
    await visiblePage(specialist).getByText('针对走访发现的问题').waitFor()
    await visiblePage(specialist).getByText('小规模纳税人', { exact: true }).click()
    await visiblePage(specialist).getByText('增值税专用发票', { exact: true }).click()
    await visiblePage(specialist).locator('[data-field="contactName"] input').fill('马澜')
    await visiblePage(specialist).locator('[data-field="contactPhone"] input').fill('13800000013')
    await settled(specialist)
    await shot(specialist, 'raise-form')
    await tapButton(specialist, '代企业提交申请')
    await visiblePage(specialist).getByText('申请概况').waitFor()
    await visiblePage(specialist).getByText('专员代为发起 · 张敏').waitFor()

    // The owner, without a reload: the request raised for them, then the visit under 我的.
    const raised = visiblePage(owner).locator('.request-card', { hasText: '税务登记代办' })
    await raised.getByText('专员代为发起 · 张敏').waitFor()
    await journey.getByText('查看办理进度').waitFor()
    await settled(owner)
    await shot(owner, 'owner-sees-raised-request')
    await owner.locator('.weui-tabbar__item', { hasText: '我的' }).click()
    await visiblePage(owner).getByText('专员走访与代为发起的申请').click()
    const seen = visiblePage(owner).locator('.visit-card', { hasText: '了解税务登记与开票需求' })
    await seen.getByText('税务登记未办，发票开不出来').waitFor()
    await seen.locator('.visit-card__photo').waitFor()
    await slidIn(owner)
    await shot(owner, 'owner-visit-history')

    // The specialist works it and asks for materials.
    await exactButton(specialist, '受理').click()
    await exactButton(specialist, '开始办理').click()
    await exactButton(specialist, '要求补充材料').click()
    await visiblePage(specialist).getByRole('checkbox', { name: '财务负责人身份证' }).click()
    await exactButton(specialist, '确认要求补充材料').click()
    await visiblePage(specialist).locator('.status-tag', { hasText: '待补充材料' }).first().waitFor()

    // The owner supplies them, from the request the visit links to.
    await seen.getByText('已发起申请 ›').click()
    await visiblePage(owner).locator('.status-tag', { hasText: '待补充材料' }).first().waitFor()
    await visiblePage(owner).getByText('专员代为发起 · 张敏').waitFor()
    await exactButton(owner, '补充材料').click()
    await panelNote(owner).fill('已上传财务负责人身份证')
    await exactButton(owner, '确认补充材料').click()
    await visiblePage(owner).locator('.status-tag', { hasText: '办理中' }).first().waitFor()
    await settled(owner)
    await shot(owner, 'owner-supplied-materials')

    // The specialist completes it; the owner's journey moves on to 载体入驻.
    await visiblePage(specialist).locator('.status-tag', { hasText: '办理中' }).first().waitFor()
    await exactButton(specialist, '办结').click()
    await panelNote(specialist).fill('税务登记完成，已领用发票')
    await exactButton(specialist, '确认办结').click()
    await visiblePage(specialist).locator('.status-tag', { hasText: '已办结' }).first().waitFor()

    // Back from the request and the visits to 我的, then 首页: the journey moved without a reload.
    await owner.goBack()
    await visiblePage(owner).getByText('全部走访').waitFor()
    await owner.goBack()
    await visiblePage(owner).getByText('退出登录').waitFor()
    await owner.locator('.weui-tabbar__item', { hasText: '首页' }).click()
    const moved = visiblePage(owner).getByRole('region', { name: '落地进度' })
    await moved.getByText(/^当前：载体入驻 · 已进行 \d+ 天$/).waitFor()
    await moved.getByRole('listitem', { name: /^税务登记，\d+月\d+日完成$/ }).waitFor()
    await moved.getByText('申请载体入驻代办').waitFor()
    await settled(owner)
    await shot(owner, 'owner-journey-moved')
  })
})
