import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, tapButton, visiblePage } from './support/session'

const OWNER_TOKEN = 'demo-usr-owner-01'

/** 张敏's line on the 赛马榜 as a screen reader reads it, and the measures under her name. */
async function zhangMinRow(page: Page) {
  const row = visiblePage(page).locator('.ranking__row', { hasText: '张敏' })
  await row.waitFor()
  return {
    name: await row.getAttribute('aria-label'),
    detail: await row.locator('.ranking__detail').innerText(),
  }
}

describe('好差评 journey: a bad rating is followed up and the board moves', () => {
  const rig = journeyRig()

  it('owner rates 不满意 → admin sees the follow-up due and records it → owner confirms → 张敏’s figures change', async () => {
    const shot = screenshotter('follow-up')
    const api = async (path: string) => {
      const res = await fetch(`${rig.server.url}/api/v1${path}`, {
        headers: { Authorization: `Bearer ${OWNER_TOKEN}` },
      })
      return (await res.json()) as { items: { id: string; rating?: unknown; assigneeId: string }[] }
    }
    // 程飞's finished request that he has not rated yet: 张敏 handled it.
    const done = (await api('/service-requests?status=completed&limit=100')).items.find((r) => !r.rating)
    if (!done) throw new Error('no unrated completed request for 程飞')
    expect(done.assigneeId).toBe('usr-spec-01')

    // The admin looks at the board first.
    const admin = await rig.phone()
    await admin.goto(`${rig.server.url}/#/board/index`)
    await admin.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(admin, '管理员', '管理员')
    await visiblePage(admin).getByRole('list', { name: '赛马榜' }).waitFor()
    const before = await zhangMinRow(admin)
    await settled(admin)
    await shot(admin, 'board-top')
    await visiblePage(admin).getByRole('list', { name: '赛马榜' }).scrollIntoViewIfNeeded()
    await settled(admin)
    await shot(admin, 'board-ranking')
    await visiblePage(admin).getByRole('list', { name: '每月收到申请' }).scrollIntoViewIfNeeded()
    await settled(admin)
    await shot(admin, 'board-charts')

    // The owner rates it 不满意, with reasons and a word.
    const owner = await rig.phone()
    await owner.goto(rig.server.url)
    await owner.locator('.demo-accounts__row').first().waitFor()
    await loginFromList(owner, '企业主', '重庆飞快通航科技有限公司')
    await visiblePage(owner).getByText('办理中的申请').waitFor()
    await owner.goto(`${rig.server.url}/#/pages/requests/detail/index?id=${done.id}`)
    await owner.reload()
    await visiblePage(owner).getByText('申请概况').waitFor()
    await visiblePage(owner)
      .locator('.nut-button', { hasText: /^评价$/ })
      .click()
    await visiblePage(owner).getByLabel('不满意（2 星）', { exact: true }).click()
    await visiblePage(owner).getByRole('checkbox', { name: '反复补材料' }).click()
    await visiblePage(owner).locator('.action-panel textarea').fill('材料前后让交了三次')
    await settled(owner)
    await shot(owner, 'owner-rating')
    await tapButton(owner, '确认评价')
    const card = visiblePage(owner).getByRole('region', { name: '服务回访' })
    await card.getByText(/将在 2 个工作日内电话或上门回访/).waitFor()
    await settled(owner)
    await shot(owner, 'owner-follow-up-promised')

    // The admin: the follow-up is there, due, and gets recorded.
    await visiblePage(admin)
      .getByRole('link', { name: /超时未回访/ })
      .click()
    const item = visiblePage(admin).getByRole('link', { name: /重庆飞快通航科技有限公司，不满意，待回访/ })
    await item.waitFor()
    await item.getByText(/前回访$/).waitFor()
    await settled(admin)
    await shot(admin, 'follow-ups-due')
    await item.click()
    const form = visiblePage(admin).getByRole('region', { name: '记录回访' })
    await form.waitFor()
    await form.getByRole('tab', { name: '电话回访' }).click()
    await form.locator('textarea').nth(0).fill('补材料清单分几次给出，企业来回跑')
    await form.locator('textarea').nth(1).fill('已要求专员一次性告知全部材料，并致歉')
    await settled(admin)
    await shot(admin, 'follow-up-record')
    await tapButton(admin, '保存回访记录')
    await visiblePage(admin).getByText('待企业确认').waitFor()
    await form.waitFor({ state: 'detached' })

    // The owner sees it on the request and its timeline, and says it is solved.
    await owner.reload()
    await card.getByText('了解到：补材料清单分几次给出，企业来回跑').waitFor()
    const timeline = visiblePage(owner).getByRole('region', { name: '办理进度' })
    await timeline.getByText('服务中心回访').waitFor()
    await settled(owner)
    await shot(owner, 'owner-sees-follow-up')
    await tapButton(owner, '已解决')
    await card.getByText('问题已解决').waitFor()
    await timeline.getByText('确认回访结果').waitFor()
    await settled(owner)
    await shot(owner, 'owner-confirmed')

    // The board: 张敏's month now holds the 不满意.
    await admin.goto(`${rig.server.url}/#/board/index`)
    await admin.reload()
    await visiblePage(admin).getByRole('list', { name: '赛马榜' }).waitFor()
    await admin.waitForFunction(
      (text) =>
        [...document.querySelectorAll('.taro_page .ranking__row')].some(
          (row) => row.textContent?.includes('张敏') && !row.textContent.includes(text),
        ),
      before.detail,
    )
    const after = await zhangMinRow(admin)
    expect(after.detail).not.toBe(before.detail)
    const tapped = visiblePage(admin).locator('.ranking__row', { hasText: '张敏' })
    await tapped.click()
    await visiblePage(admin).getByRole('list', { name: '办件' }).getByText('不满意').first().waitFor()
    await visiblePage(admin)
      .getByText(/^张敏 · /)
      .waitFor()
    await settled(admin)
    await shot(admin, 'board-cases')
  })
})
