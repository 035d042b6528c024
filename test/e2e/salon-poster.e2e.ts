import fs from 'node:fs'

import type { Page } from 'playwright-core'

import { qrModules } from '@/features/salons/poster/poster-content'

import { screenshotter } from './support/browser'
import { journeyRig } from './support/journey-rig'
import { loginFromList, settled, visiblePage } from './support/session'

// Issue 17 (salons): 生成海报 on H5 draws the share poster on a canvas (the code WeChat runs too) and
// 下载海报 downloads it as a PNG: the canvas's own pixels, at the poster's size.
const rig = journeyRig()
const shot = screenshotter('salon-poster')
const TITLE = '低空经济企业家沙龙'

async function signIn(page: Page, url: string) {
  await page.goto(`${rig.server.url}/#${url}`)
  await page.locator('.demo-accounts__row').first().waitFor()
  await loginFromList(page, '企业主', '程飞')
}

/** The PNG's width and height from its IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/**
 * The QR's modules read back from the poster canvas's pixels (the centre of each module in the 176 px
 * box at the bottom left, drawn as poster-draw does: whole pixels per module, centred).
 */
function readModules(page: Page, count: number): Promise<boolean[][]> {
  return page.evaluate((n) => {
    const canvas = document.querySelector('.poster-sheet canvas') as HTMLCanvasElement
    const ctx = canvas.getContext('2d')!
    const box = { x: 40, y: 960 - 40 - 176, size: 176 }
    const cell = Math.floor(box.size / (n + 4))
    const offset = Math.floor((box.size - cell * n) / 2)
    return Array.from({ length: n }, (_, r) =>
      Array.from({ length: n }, (_, c) => {
        const x = box.x + offset + c * cell + Math.floor(cell / 2)
        const y = box.y + offset + r * cell + Math.floor(cell / 2)
        return ctx.getImageData(x, y, 1, 1).data[0]! < 128
      }),
    )
  }, count)
}

test('an owner makes the salon poster and downloads it as a PNG', async () => {
  const owner = await rig.phone()
  await signIn(owner, '/pages/home/index')
  await visiblePage(owner).getByText('我的双专员').waitFor()
  await owner.goto(`${rig.server.url}/#/pages/salons/detail/index?id=sal-01`)
  const page = visiblePage(owner)
  await page.getByText(TITLE).first().waitFor()
  await page.getByRole('button', { name: '生成海报' }).click()
  const sheet = page.getByRole('dialog', { name: '分享海报' })
  const download = sheet.getByRole('button', { name: '下载海报' })
  // Enabled once drawn (NutUI keeps disabled to a class; the button says it in aria-disabled).
  await sheet.locator('[role="button"][aria-disabled="false"]', { hasText: '下载海报' }).waitFor()

  // The canvas holds the poster: white paper, the salon's picture in the band (same origin here, so
  // not refused), and a QR's black modules at the bottom left.
  const pixels = await owner.evaluate(() => {
    const canvas = document.querySelector('.poster-sheet canvas') as HTMLCanvasElement
    const ctx = canvas.getContext('2d')!
    const at = (x: number, y: number) => Array.from(ctx.getImageData(x, y, 1, 1).data)
    const qr = ctx.getImageData(40, 960 - 40 - 176, 176, 176).data
    let dark = 0
    for (let i = 0; i < qr.length; i += 4) if (qr[i]! < 64) dark += 1
    return {
      width: canvas.width,
      height: canvas.height,
      paper: at(590, 600),
      band: at(300, 160),
      dark,
      url: canvas.toDataURL('image/png'),
    }
  })
  expect([pixels.width, pixels.height]).toEqual([600, 960])
  expect(pixels.paper).toEqual([255, 255, 255, 255])
  expect(pixels.band).not.toEqual([26, 95, 180, 255]) // the brand colour means the picture did not load
  // A QR is roughly half dark, in a square of 176 px with its quiet zone.
  expect(pixels.dark / (176 * 176)).toBeGreaterThan(0.2)
  expect(pixels.dark / (176 * 176)).toBeLessThan(0.7)

  await settled(owner)
  await shot(owner, 'poster-sheet')

  const [file] = await Promise.all([owner.waitForEvent('download'), download.click()])
  expect(file.suggestedFilename()).toBe(`沙龙海报-${TITLE}.png`)
  const bytes = fs.readFileSync((await file.path())!)
  expect(pngSize(bytes)).toEqual({ width: 600, height: 960 })
  // The file is the canvas, byte for byte.
  expect(`data:image/png;base64,${bytes.toString('base64')}`).toBe(pixels.url)
  // Taro's H5 toast sits outside the page.
  await owner.getByText('海报已下载').waitFor()

  // The QR (in the file, which is the canvas) is this salon's link on the H5 twin, module for module.
  const link = `${rig.server.url}/#/pages/salons/detail/index?id=sal-01`
  expect(await readModules(owner, qrModules(link).length)).toEqual(qrModules(link))

  await sheet.getByRole('button', { name: '关闭' }).click()
  await sheet.waitFor({ state: 'detached' })

  const scanner = await rig.phone()
  await signIn(scanner, '/pages/home/index')
  await visiblePage(scanner).getByText('我的双专员').waitFor()
  // Opened, the link shows the salon.
  await scanner.goto(link)
  await visiblePage(scanner).getByRole('button', { name: '生成海报' }).waitFor()
  await visiblePage(scanner).getByText(TITLE).first().waitFor()
})
