import path from 'node:path'

import type { Page } from 'playwright-core'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, tapButton, visiblePage } from './support/session'

const IMAGE = path.resolve(__dirname, '..', '..', 'src', 'assets', 'empty.png')
const BIG_ROOM = 'cnv-ent-01-usr-spec-01'

/** The number on the unread badge of the conversation row that contains `name` (0 without a badge). */
async function rowBadge(page: Page, name: string): Promise<number> {
  const row = visiblePage(page).locator('.conversation-row', { hasText: name })
  await row.waitFor()
  const badge = row.locator('.conversation-row__badge')
  return (await badge.count()) ? Number(await badge.innerText()) : 0
}

async function typeAndSend(page: Page, text: string): Promise<void> {
  const input = visiblePage(page).locator('.chat-input-bar__input input')
  await input.fill(text)
  await visiblePage(page).locator('.chat-input-bar__send').click()
}

/** Waits until the message with this seq is inside the viewport (not just in the DOM). */
async function lastOnScreen(page: Page, seq: number): Promise<void> {
  await page.waitForFunction((wanted) => {
    const node = document.querySelector(`.taro_page [data-seq="${wanted}"]`)
    if (!node) return false
    const box = node.getBoundingClientRect()
    return box.top >= 0 && box.bottom <= window.innerHeight
  }, seq)
}

const bubble = (page: Page, text: string) => visiblePage(page).locator('.message-bubble', { hasText: text })

describe('chat journey', () => {
  const rig = journeyRig()

  /** The other side typing, straight at the server (the specialist's phone isn't part of this test). */
  async function postAs(userId: string, conversationId: string, text: string): Promise<void> {
    const response = await fetch(`${rig.server.url}/api/v1/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer demo-${userId}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientMsgId: `e2e-${Date.now()}`, type: 'text', body: text }),
    })
    expect(response.status).toBe(201)
  }
  const shot = screenshotter('chat')

  const phone = () => rig.phone()

  it('owner and specialist exchange text, an image and a request card in real time; the unread badge rises and clears', async () => {
    const owner = await phone()
    const specialist = await phone()

    await owner.goto(rig.server.url)
    await loginFromList(owner, '企业主', '重庆飞快通航科技有限公司')
    await visiblePage(owner).getByText('我的双专员').waitFor()
    await owner.locator('.weui-tabbar__item', { hasText: '消息' }).click()
    await visiblePage(owner).locator('.conversation-row').first().waitFor()
    await shot(owner, 'owner-conversations')

    await specialist.goto(rig.server.url)
    await loginFromList(specialist, '专员', '陈国栋')
    await visiblePage(specialist).getByText('待办队列').waitFor()
    await specialist.goto(`${rig.server.url}/#/specialist/messages/index`)
    const before = await rowBadge(specialist, '重庆飞快通航科技有限公司')
    await shot(specialist, 'specialist-conversations')

    // The owner opens the liaison's room and writes; the specialist's list counts it at once.
    await visiblePage(owner).locator('.conversation-row', { hasText: '陈国栋' }).click()
    await visiblePage(owner).locator('.chat-input-bar__input').waitFor()
    await typeAndSend(owner, '陈专员您好，想了解一下融资对接')
    await bubble(owner, '陈专员您好').waitFor()
    await visiblePage(specialist)
      .locator('.conversation-row', { hasText: '重庆飞快通航科技有限公司' })
      .locator('.conversation-row__badge', { hasText: String(before + 1) })
      .waitFor()
    await shot(specialist, 'specialist-badge-risen')

    // The specialist opens it (read), replies; the owner sees the reply and the 已读 mark.
    await visiblePage(specialist)
      .locator('.conversation-row', { hasText: '重庆飞快通航科技有限公司' })
      .click()
    await bubble(specialist, '陈专员您好').waitFor()
    await typeAndSend(specialist, '程总好，下周三有银企对接会，我帮您报名')
    await bubble(owner, '下周三有银企对接会').waitFor()
    await bubble(owner, '陈专员您好').getByText('已读').waitFor()

    // An image from the owner: picked, uploaded, shown on both sides.
    await visiblePage(owner).locator('.chat-input-bar__plus').click()
    const chooser = owner.waitForEvent('filechooser')
    await visiblePage(owner).locator('.chat-input-bar__tool', { hasText: '图片' }).click()
    await (await chooser).setFiles(IMAGE)
    await visiblePage(specialist).locator('.message-bubble__image-box').last().waitFor()
    await visiblePage(owner).locator('.message-bubble--mine .message-bubble__image-box').last().waitFor()
    await visiblePage(owner).locator('.message-bubble__progress').waitFor({ state: 'detached' })
    // It really loads on both sides, from the signed url the answer gave (an <img> sends no token).
    for (const page of [owner, specialist]) {
      const img = visiblePage(page).locator('.message-bubble__image img').last()
      expect(await img.getAttribute('src')).toMatch(
        /\/api\/v1\/files\/file-[a-z0-9]+\?expires=\d+&signature=[\w-]+$/,
      )
      await img.evaluate(
        (el: HTMLImageElement) =>
          new Promise<void>((resolve, reject) => {
            if (el.complete && el.naturalWidth > 0) return resolve()
            el.addEventListener('load', () => resolve(), { once: true })
            el.addEventListener('error', () => reject(new Error(`image failed: ${el.src}`)), { once: true })
          }),
      )
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0)
    }

    // A request card from the specialist, picked from the enterprise's requests.
    await visiblePage(specialist).locator('.chat-input-bar__plus').click()
    await visiblePage(specialist).locator('.chat-input-bar__tool', { hasText: '服务申请' }).click()
    await visiblePage(specialist).locator('.chat-panel__row').first().click()
    const card = visiblePage(owner).locator('.request-card-message').last()
    await card.locator('.request-card-message__status').waitFor()
    expect(await card.locator('.request-card-message__number').innerText()).toMatch(/^QF\d{8}-\d{4}$/)
    await shot(owner, 'owner-room')
    await shot(specialist, 'specialist-room')

    // 常用语: the specialist adds one, picks it, sends it.
    await visiblePage(specialist).locator('.chat-input-bar__plus').click()
    await visiblePage(specialist).locator('.chat-input-bar__tool', { hasText: '常用语' }).click()
    await visiblePage(specialist).locator('.chat-panel__link', { hasText: '编辑' }).click()
    await visiblePage(specialist).locator('.chat-panel__add input').fill('周五前给您答复')
    await tapButton(specialist, '添加')
    await shot(specialist, 'specialist-quick-replies-edit')
    await visiblePage(specialist).locator('.chat-panel__link', { hasText: '完成' }).click()
    await visiblePage(specialist).locator('.chat-panel__row', { hasText: '周五前给您答复' }).click()
    await visiblePage(specialist).locator('.chat-input-bar__send').click()
    await bubble(owner, '周五前给您答复').waitFor()

    // The owner taps the image: full screen (H5 loads the viewer on the first tap), showing that image.
    await visiblePage(owner).locator('.message-bubble__image-box').last().click()
    await owner.locator('.preview-image .swiper-zoom-container img').first().waitFor()
    await owner.waitForFunction(() => {
      const shown = document.querySelector<HTMLImageElement>('.preview-image .swiper-zoom-container img')
      return Boolean(shown?.complete && shown.naturalWidth > 0)
    })
    await settled(owner)
    await shot(owner, 'owner-image-preview')

    // Back in the list, nothing is unread for the specialist in this conversation.
    await specialist.goBack()
    await visiblePage(specialist).locator('.conversation-row').first().waitFor()
    await specialist.waitForFunction(
      () =>
        ![...document.querySelectorAll('.taro_page .conversation-row')].some(
          (row) =>
            row.textContent?.includes('重庆飞快通航科技有限公司') &&
            row.querySelector('.conversation-row__badge'),
        ),
    )
    expect(await rowBadge(specialist, '重庆飞快通航科技有限公司')).toBe(0)
    await shot(specialist, 'specialist-badge-cleared')
  }, 90_000)

  it('opens the 2,000-message conversation fast and renders only a window of it', async () => {
    const owner = await phone()
    await owner.goto(rig.server.url)
    await loginFromList(owner, '企业主', '重庆飞快通航科技有限公司')
    await visiblePage(owner).getByText('我的双专员').waitFor()

    const started = Date.now()
    await owner.goto(`${rig.server.url}/#/pages/chat/index?conversationId=${BIG_ROOM}`)
    await lastOnScreen(owner, 2000)
    const openMs = Date.now() - started
    const nodesAtOpen = await owner.locator('.message-bubble').count()
    await shot(owner, 'big-room-open')

    // Scroll up through history: older messages come at once, the message being read stays where it
    // was (issue 13: the view used to jump), and the rendered window stays bounded.
    const scroller = visiblePage(owner).locator('.message-list__scroll')
    for (let i = 0; i < 12; i += 1) {
      const mark = await scroller.evaluate((box) => {
        box.scrollTo({ top: 0 })
        const first = box.querySelector<HTMLElement>('.message-list__item')
        return {
          oldest: Number(box.querySelector<HTMLElement>('[data-seq]')?.dataset.seq),
          id: first?.id ?? '',
          offset: (first?.getBoundingClientRect().top ?? 0) - box.getBoundingClientRect().top,
        }
      })
      await owner.waitForFunction(
        (oldest) =>
          Number(document.querySelector<HTMLElement>('.message-list__scroll [data-seq]')?.dataset.seq) <
          oldest,
        mark.oldest,
      )
      await owner.waitForFunction(
        ({ id, offset }) => {
          const box = document.querySelector('.message-list__scroll')
          const row = box?.querySelector(`#${id}`)
          return (
            !!box &&
            !!row &&
            Math.abs(row.getBoundingClientRect().top - box.getBoundingClientRect().top - offset) <= 2
          )
        },
        { id: mark.id, offset: mark.offset },
      )
    }
    const nodesAfterScroll = await owner.locator('.message-bubble').count()
    const oldestShown = await owner.locator('[data-seq]').first().getAttribute('data-seq')
    await shot(owner, 'big-room-history')

    // Scrolled up, a new message from 张敏 shows as the pill, not as a jump; tapping it goes down.
    await postAs('usr-spec-01', BIG_ROOM, '程总，营业执照已经下来了')
    const pill = visiblePage(owner).locator('.message-list__pill')
    await pill.getByText('1 条新消息 ↓', { exact: true }).waitFor()
    await shot(owner, 'big-room-new-pill')
    await pill.click()
    await bubble(owner, '营业执照已经下来了').waitFor()
    await pill.waitFor({ state: 'detached' })

    // A cold start straight into the room (reload): the figure a user opening it from a link sees.
    const reloaded = Date.now()
    await owner.reload()
    await lastOnScreen(owner, 2001)
    const coldMs = Date.now() - reloaded
    const nodesCold = await owner.locator('.message-bubble').count()

    console.log(
      `2,000-message room: last message on screen ${openMs} ms after navigating in (${nodesAtOpen} message nodes), ` +
        `${coldMs} ms after a reload (${nodesCold} nodes); ${nodesAfterScroll} nodes after scrolling back to seq ${oldestShown}`,
    )
    expect(nodesCold).toBeLessThanOrEqual(60)
    expect(nodesAtOpen).toBeLessThanOrEqual(60)
    expect(nodesAfterScroll).toBeLessThanOrEqual(60)
    expect(Number(oldestShown)).toBeLessThan(1900)
  }, 60_000)
})
