import fs from 'node:fs'
import path from 'node:path'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

import { expectAccessible } from './audit'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SCREENSHOT_ROOT = path.resolve(__dirname, '..', 'screenshots')

/** Debian's Chromium, headless; the flags keep it off this machine's closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A phone: 375×812 at scale 2, touch, Chinese locale, Shanghai time (the journeys' and the bench's). */
export const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
} as const

export async function newPhoneContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext(PHONE)
  // A screen that takes 10 s is broken; fail there rather than at jest's timeout.
  context.setDefaultTimeout(10_000)
  return context
}

/**
 * Saves numbered screenshots of a journey under test/e2e/screenshots/<journey>/ (git-ignored), and
 * audits each screen it saves (./audit.ts): every screen a journey shows is a screen a user sees.
 */
export function screenshotter(journey: string) {
  const dir = path.join(SCREENSHOT_ROOT, journey)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  let count = 0
  return async (page: Page, name: string) => {
    count += 1
    const file = path.join(dir, `${String(count).padStart(2, '0')}-${name}.png`)
    await page.screenshot({ path: file })
    await expectAccessible(page, `${journey}/${name}`)
    return file
  }
}

/** Collects uncaught page errors so a journey can fail on a crash it would otherwise not see. */
export function watchPageErrors(page: Page): Error[] {
  const errors: Error[] = []
  page.on('pageerror', (error) => errors.push(error))
  return errors
}
