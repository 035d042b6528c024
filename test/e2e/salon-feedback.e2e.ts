import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, tapButton, visiblePage } from './support/session'

// The seed's 专精特新政策解读会 (sal-06) is over: 程飞 and three others checked in, one never came.
describe('after the event journey', () => {
  const rig = journeyRig()
  const shot = screenshotter('salon-feedback')

  it('an attendee rates the salon from 我的报名; the admin sees the rating and the attendance', async () => {
    await fetch(`${rig.server.url}/api/v1/__mock/reset`, { method: 'POST' })
    const owner = await rig.phone()
    await owner.goto(rig.server.url)
    await loginFromList(owner, '企业主', '程飞')
    await visiblePage(owner).getByText('我的双专员').waitFor()
    await owner.goto(`${rig.server.url}/#/pages/bookings/index`)
    await visiblePage(owner).locator('.segmented__item', { hasText: '已签到' }).click()
    const card = visiblePage(owner).locator('.salon-card', { hasText: '专精特新政策解读会' })
    await card.getByText('待评价').waitFor()
    await card.click()

    const form = visiblePage(owner).locator('.salon-feedback')
    await form.waitFor()
    await form.locator('.salon-feedback__star').nth(4).click()
    await form.getByText('非常满意').waitFor()
    await form.locator('textarea').fill('政策讲得透，问答环节很实用')
    await settled(owner)
    await shot(owner, 'feedback-form')
    await tapButton(owner, '提交评价')
    await visiblePage(owner).getByText('感谢您的评价').waitFor()
    expect(await visiblePage(owner).locator('.salon-feedback__submit').count()).toBe(0)
    await settled(owner)
    await shot(owner, 'feedback-given')

    const admin = await rig.phone()
    await admin.goto(`${rig.server.url}/#/admin/salons/index`)
    await loginFromList(admin, '管理员', '管理员')
    await visiblePage(admin).locator('.segmented__item', { hasText: '往期' }).click()
    const past = visiblePage(admin).locator('.salon-card', { hasText: '专精特新政策解读会' })
    await past.locator('.nut-button', { hasText: '反馈' }).click()
    const summary = visiblePage(admin).locator('.feedback-summary')
    await summary.getByText('政策讲得透，问答环节很实用').waitFor()
    // 4 of the 5 who held a seat came; one rating of 5.
    await visiblePage(admin).getByLabel('签到率 80%').waitFor()
    await visiblePage(admin).getByLabel('已签到 4/5').waitFor()
    await visiblePage(admin).getByLabel('未到 1').waitFor()
    await visiblePage(admin).getByLabel('评分（1 人） 5.0').waitFor()
    await settled(admin)
    await shot(admin, 'admin-feedback')
  })
})
