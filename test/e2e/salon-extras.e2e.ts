import fs from 'node:fs'

import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, tapButton, visiblePage } from './support/session'

// Issue 17 (salons): the poster, agenda and speakers an owner reads; 导航 and 添加到日历 on H5 (a map
// site, an .ics file); the admin's 活动资料 adding an agenda line and a sign-up field; the booking that
// asks it; the CSV that carries the answer.
const rig = journeyRig()
const shot = screenshotter('salon-extras')
const TITLE = '低空经济企业家沙龙'

async function signIn(page: Page, tab: '企业主' | '管理员', name: string, url: string) {
  await page.goto(`${rig.server.url}/#${url}`)
  await page.locator('.demo-accounts__row').first().waitFor()
  await loginFromList(page, tab, name)
}

test('an owner reads the program, opens the map and the calendar; the admin adds a sign-up field; the booking answers it; the CSV has it', async () => {
  const owner = await rig.phone()
  await signIn(owner, '企业主', '程飞', '/pages/home/index')
  await visiblePage(owner).getByText('我的双专员').waitFor()
  await owner.goto(`${rig.server.url}/#/pages/salons/detail/index?id=sal-01`)
  const page = visiblePage(owner)
  await page.getByRole('list', { name: '议程' }).waitFor()
  await page.getByText('通航产业园入驻与运营').waitFor()
  await page.getByText('通航产业园运营方 · 招商总监').waitFor()
  // The poster has loaded (its bytes, through the signed url), not just an empty box.
  await page.getByRole('img', { name: `活动海报：${TITLE}` }).waitFor()
  await owner.waitForFunction(
    () => {
      const img = document.querySelector(
        '.taro_page:not([style*="display: none"]) .salon-details__poster img',
      )
      return img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0
    },
    undefined,
    { timeout: 10_000 },
  )
  await settled(owner)
  await shot(owner, 'owner-detail-poster-agenda')

  // 添加到日历 on H5: an .ics file named after the salon, with the salon in it.
  const [ics] = await Promise.all([owner.waitForEvent('download'), page.getByText('添加到日历').click()])
  expect(ics.suggestedFilename()).toBe(`${TITLE}.ics`)
  const calendar = fs.readFileSync((await ics.path())!, 'utf8')
  expect(calendar).toContain('BEGIN:VEVENT')
  expect(calendar).toContain(`SUMMARY:${TITLE}`)
  expect(calendar).toContain('UID:sal-01@qifu-guanjia')

  // 导航 on H5: a map site at the salon's coordinates, in a new tab.
  // The map site is answered here: the journey must not depend on the internet.
  await owner.context().route('https://uri.amap.com/**', (route) => route.fulfill({ body: 'map' }))
  const [map] = await Promise.all([owner.context().waitForEvent('page'), page.getByText('导航').click()])
  await map.waitForURL(/uri\.amap\.com/)
  expect(map.url()).toContain('uri.amap.com/marker?position=106.5608,29.6486')
  await map.close()

  // The admin adds an agenda line and a required 所在部门 to the sign-up fields (活动资料).
  const admin = await rig.phone()
  await signIn(admin, '管理员', '管理员', '/admin/salons/index')
  const card = visiblePage(admin).locator('.salon-card', { hasText: TITLE })
  await card.locator('.nut-button', { hasText: '资料' }).click()
  await visiblePage(admin).getByText('保存活动资料').waitFor()
  const agenda = visiblePage(admin).locator('.salon-program-editor__box--agenda textarea')
  await agenda.fill(`${await agenda.inputValue()}\n16:30 合影留念`)
  await visiblePage(admin).locator('.salon-program-editor__box--signupFields textarea').fill('所在部门*')
  await settled(admin)
  await shot(admin, 'admin-program')
  await tapButton(admin, '保存活动资料')
  await visiblePage(admin).locator('.salon-card', { hasText: TITLE }).waitFor()

  // The owner books: the form asks 所在部门, refuses it empty, then books.
  await owner.reload()
  await page.getByText('合影留念').waitFor()
  await page.locator('.booking-button', { hasText: '报名' }).click()
  const form = page.getByRole('region', { name: '报名信息' })
  await form.waitFor()
  await form.locator('.nut-button', { hasText: '提交报名' }).click()
  await form.getByText('请填写所在部门').waitFor()
  await settled(owner)
  await shot(owner, 'owner-signup-form')
  await form.locator('.signup-form__input input').fill('市场部')
  await form.locator('.nut-button', { hasText: '提交报名' }).click()
  await page.getByRole('region', { name: '我的入场券' }).waitFor()

  // The CSV carries the answer under its own column.
  await admin.goto(`${rig.server.url}/#/admin/bookings/index?salonId=sal-01`)
  await visiblePage(admin).getByText('导出 CSV').waitFor()
  const [download] = await Promise.all([admin.waitForEvent('download'), tapButton(admin, '导出 CSV')])
  const csv = fs.readFileSync((await download.path())!, 'utf8')
  expect(csv).toContain('"所在部门（报名填写）"')
  expect(csv).toMatch(/"程飞",[^\n]*"市场部"/)
})
