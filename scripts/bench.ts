/**
 * `npm run bench`: how fast the H5 build is on a mid-range phone over a mobile network (issue 13). A
 * benchmark, not a test: it builds nothing, serves BENCH_H5_DIR (default dist/h5, a remote-mode build)
 * with the mock server exactly as `npm run preview` does (precompressed, cache headers), and drives
 * Debian's Chromium with a phone emulated: 4× CPU slowdown, 150 ms RTT, 1.6 Mbps down, 750 kbps up,
 * 375×812 at DPR 2. Each figure is the median of BENCH_RUNS (default 5) runs; `uptime` is printed
 * beside them, since a busy machine slows everything. Prints a table and writes JSON (--json=file).
 *
 *   登录 cold / warm     a logged-out visit to the site root, empty cache / second visit
 *   首页 cold / warm     the owner (程飞, logged in) opening the site root
 *   chat                 the 2,000-message room: last message on screen, message nodes, history paging
 *                        (time from reaching the top to older messages on screen, and how far the
 *                        message being read moved: 0 px is a kept reading position)
 *   我的申请             200 requests (made through the API first): first screen, then scrolling to the end
 *
 * LCP is the browser's largest-contentful-paint; "interactive" is when the screen's main control is
 * on screen and the main thread next runs a task (a tap would then be handled).
 */
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { startMockServer, type MockServer } from '../mock/server'
import { launchBrowser, PHONE } from '../test/e2e/support/browser'

const ROOT = path.resolve(__dirname, '..')
const H5_DIR = path.resolve(ROOT, process.env.BENCH_H5_DIR ?? 'dist/h5')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const BIG_ROOM = 'cnv-ent-01-usr-spec-01'
const OWNER = 'usr-owner-01'
const REQUESTS = 200

const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1_000) / 8,
}

type Sample = Record<string, number>

function uptime(): string {
  return execSync('uptime').toString().trim()
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** LCP candidates as the page reports them, kept on window for reading later. */
const LCP_OBSERVER = `
  window.__lcp = 0
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
`

async function newPhone(browser: Browser, storageState?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE, ...(storageState ? { storageState } : {}) })
  context.setDefaultTimeout(60_000)
  await context.addInitScript(LCP_OBSERVER)
  return context
}

/** A page with the phone's CPU and network, and a count of the bytes it transfers. */
async function throttledPage(context: BrowserContext) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', NETWORK)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  let transferred = 0
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    transferred += event.encodedDataLength
  })
  return {
    page,
    transferred: () => transferred,
    resetTransferred: () => (transferred = 0),
  }
}

/** Milliseconds since navigation start at which the main thread next runs a task. */
function nextTaskAt(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
      ),
  )
}

async function lcp(page: Page): Promise<number> {
  // Two frames after the screen is up, so the last candidate has been reported.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  )
  return page.evaluate(() => (window as unknown as { __lcp: number }).__lcp)
}

/** A first screen: where to go and what shows it is up. */
async function loadScreen(page: Page, url: string, ready: string): Promise<Sample> {
  await page.goto(url, { waitUntil: 'commit' })
  await page.locator(ready).first().waitFor({ state: 'visible' })
  const interactive = await nextTaskAt(page)
  return { lcp: await lcp(page), interactive }
}

const LOGIN_READY = '.taro_page:visible .demo-accounts__row'
const HOME_READY = '.taro_page:visible .home__greeting'

async function benchLogin(browser: Browser, url: string): Promise<{ cold: Sample; warm: Sample }> {
  const context = await newPhone(browser)
  const { page, transferred, resetTransferred } = await throttledPage(context)
  const cold = { ...(await loadScreen(page, url, LOGIN_READY)), kb: transferred() / 1024 }
  resetTransferred()
  const warm = { ...(await loadScreen(page, `${url}/?again`, LOGIN_READY)), kb: transferred() / 1024 }
  await context.close()
  return { cold, warm }
}

async function benchHome(
  browser: Browser,
  url: string,
  state: string,
): Promise<{ cold: Sample; warm: Sample }> {
  const context = await newPhone(browser, state)
  const { page, transferred, resetTransferred } = await throttledPage(context)
  const cold = { ...(await loadScreen(page, url, HOME_READY)), kb: transferred() / 1024 }
  resetTransferred()
  const warm = { ...(await loadScreen(page, `${url}/?again`, HOME_READY)), kb: transferred() / 1024 }
  await context.close()
  return { cold, warm }
}

async function benchChat(browser: Browser, url: string, state: string): Promise<Sample> {
  const context = await newPhone(browser, state)
  const { page } = await throttledPage(context)
  // Warm: the app is loaded first (as when a user opens the room from 消息); the room is what is timed.
  await page.goto(url)
  await page.locator(HOME_READY).first().waitFor({ state: 'visible' })
  const started = Date.now()
  await page.evaluate((room) => {
    location.hash = `#/pages/chat/index?conversationId=${room}`
  }, BIG_ROOM)
  const opened = await page
    .waitForFunction(
      () => {
        const node = document.querySelector('.taro_page [data-seq="2000"]')
        if (!node) return false
        const box = node.getBoundingClientRect()
        return box.top >= 0 && box.bottom <= window.innerHeight
      },
      undefined,
      { timeout: 30_000 },
    )
    .then(() => true)
    .catch(() => false)
  if (!opened) {
    // The room never showed its last message within 30 s: nothing else of it is worth timing.
    await context.close()
    return {
      open: Number.NaN,
      nodes: Number.NaN,
      pagingMs: Number.NaN,
      driftPx: Number.NaN,
      nodesAfter: Number.NaN,
    }
  }
  const open = Date.now() - started
  const nodes = await page.locator('.taro_page:visible .message-bubble').count()

  // History: scroll to the top; older messages must appear with the message being read where it was.
  const scroller = page.locator('.taro_page:visible .message-list__scroll')
  const paging: number[] = []
  const drift: number[] = []
  for (let step = 0; step < 3; step += 1) {
    const before = await scroller.evaluate((box) => {
      const top = box.getBoundingClientRect().top
      const seqs = [...box.querySelectorAll<HTMLElement>('[data-seq]')]
      return { oldest: Number(seqs[0]?.dataset.seq), top }
    })
    const mark = await scroller.evaluate((box) => {
      box.scrollTop = 0
      const top = box.getBoundingClientRect().top
      const first = box.querySelector<HTMLElement>('.message-list__item')
      return { id: first?.id ?? '', offset: (first?.getBoundingClientRect().top ?? 0) - top, at: Date.now() }
    })
    const paged = await page
      .waitForFunction(
        (oldest) => {
          const seqs = [
            ...document.querySelectorAll<HTMLElement>('.taro_page .message-list__scroll [data-seq]'),
          ]
          return Number(seqs[0]?.dataset.seq) < oldest
        },
        before.oldest,
        { timeout: 20_000 },
      )
      .then(() => true)
      .catch(() => false)
    if (!paged) {
      // No older message within 20 s of reaching the top: history paging does not work in this build.
      paging.push(Number.NaN)
      drift.push(Number.NaN)
      break
    }
    const after = await scroller.evaluate((box, id) => {
      const row = box.querySelector<HTMLElement>(`#${id}`)
      return {
        at: Date.now(),
        offset: row ? row.getBoundingClientRect().top - box.getBoundingClientRect().top : Number.NaN,
      }
    }, mark.id)
    paging.push(after.at - mark.at)
    drift.push(Math.abs(after.offset - mark.offset))
  }
  const nodesAfter = await page.locator('.taro_page:visible .message-bubble').count()
  await context.close()
  return { open, nodes, pagingMs: median(paging), driftPx: Math.max(...drift), nodesAfter }
}

async function benchRequests(browser: Browser, url: string, state: string): Promise<Sample> {
  const context = await newPhone(browser, state)
  const { page } = await throttledPage(context)
  await page.goto(url)
  await page.locator(HOME_READY).first().waitFor({ state: 'visible' })
  const started = Date.now()
  await page.evaluate(() => {
    location.hash = '#/pages/requests/index'
  })
  const cards = page.locator('.taro_page:visible .request-card')
  await cards.first().waitFor({ state: 'visible' })
  const firstScreen = Date.now() - started
  // Scroll to the end: each time to the last card, until the list says there is no more.
  const scrollStarted = Date.now()
  let shown = 0
  for (;;) {
    shown = await cards.count()
    if (shown >= REQUESTS) break
    // A finger's worth of wheel over the list: real scroll events on whatever scrolls the page.
    await page.mouse.move(187, 500)
    await page.mouse.wheel(0, 4000)
    try {
      await page.waitForFunction(
        (count) => document.querySelectorAll('.taro_page .request-card').length > count,
        shown,
        { timeout: 15_000 },
      )
    } catch {
      break // no more pages
    }
  }
  const scrollToEnd = Date.now() - scrollStarted
  const nodes = await page.evaluate(() => document.querySelectorAll('*').length)
  await context.close()
  return { firstScreen, scrollToEnd, cards: shown, domNodes: nodes }
}

/** The owner's session as the app stores it, from one login through the UI (unthrottled). */
async function ownerState(browser: Browser, url: string): Promise<string> {
  const context = await newPhone(browser)
  const page = await context.newPage()
  await page.goto(url)
  await page.locator('.taro_page:visible .demo-accounts__tab', { hasText: '企业主' }).click()
  await page.locator('.taro_page:visible .demo-accounts__row:visible', { hasText: '程飞' }).first().click()
  await page.locator(HOME_READY).first().waitFor({ state: 'visible' })
  const file = path.join(fs.mkdtempSync('/tmp/bench-'), 'owner.json')
  await context.storageState({ path: file })
  await context.close()
  return file
}

/** 200 requests of the owner's enterprise, made through the API. */
async function makeRequests(server: MockServer) {
  const login = await server.backend.handle({
    method: 'POST',
    path: '/api/v1/auth/demo',
    headers: { 'content-type': 'application/json' },
    body: { userId: OWNER },
  })
  const token = (login.body as { token: string }).token
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  for (let index = 0; index < REQUESTS; index += 1) {
    const created = await server.backend.handle({
      method: 'POST',
      path: '/api/v1/service-requests',
      headers: { ...headers, 'idempotency-key': `bench-${index}` },
      body: {
        serviceType: 'bank_account',
        fields: {
          bankName: '重庆银行',
          accountType: '基本存款账户',
          preferredDate: '2027-03-10',
          contactName: '程飞',
          contactPhone: '13800000000',
        },
      },
    })
    if (created.status !== 201) throw new Error(`creating request ${index}: ${JSON.stringify(created.body)}`)
  }
}

async function runs<T extends Sample | Record<string, Sample>>(
  name: string,
  once: () => Promise<T>,
): Promise<T[]> {
  const results: T[] = []
  for (let run = 0; run < RUNS; run += 1) {
    process.stdout.write(`  ${name} ${run + 1}/${RUNS}\r`)
    results.push(await once())
  }
  return results
}

function medians(samples: Sample[]): Sample {
  const keys = Object.keys(samples[0] ?? {})
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((sample) => sample[key] as number))]))
}

async function main() {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html'))) {
    throw new Error(`no H5 build in ${H5_DIR}: TARO_APP_API_MODE=remote npm run build:h5 first`)
  }
  const before = uptime()
  console.log(`bench: ${path.relative(ROOT, H5_DIR)}, ${RUNS} runs each; ${before}`)
  const server = await startMockServer({ port: 0, quiet: true, staticDir: H5_DIR, mode: 'test' })
  // The same Chromium, flags and all, as the browser journeys.
  const browser = await launchBrowser()
  try {
    const url = server.url
    const state = await ownerState(browser, url)
    const login = await runs('登录', () => benchLogin(browser, url))
    const home = await runs('首页', () => benchHome(browser, url, state))
    const chat = await runs('chat', () => benchChat(browser, url, state))
    await makeRequests(server)
    const requests = await runs('我的申请', () => benchRequests(browser, url, state))
    const result = {
      build: path.relative(ROOT, H5_DIR),
      runs: RUNS,
      uptimeBefore: before,
      uptimeAfter: uptime(),
      login: { cold: medians(login.map((r) => r.cold)), warm: medians(login.map((r) => r.warm)) },
      home: { cold: medians(home.map((r) => r.cold)), warm: medians(home.map((r) => r.warm)) },
      chat: medians(chat),
      requests: medians(requests),
    }
    const s = (ms: number | undefined) => `${((ms ?? 0) / 1000).toFixed(2)} s`
    const rows: [string, string][] = [
      [
        '登录 cold: LCP / interactive / KB',
        `${s(result.login.cold.lcp)} / ${s(result.login.cold.interactive)} / ${result.login.cold.kb?.toFixed(0)} KB`,
      ],
      [
        '登录 warm: LCP / interactive / KB',
        `${s(result.login.warm.lcp)} / ${s(result.login.warm.interactive)} / ${result.login.warm.kb?.toFixed(0)} KB`,
      ],
      [
        '首页 cold: LCP / interactive / KB',
        `${s(result.home.cold.lcp)} / ${s(result.home.cold.interactive)} / ${result.home.cold.kb?.toFixed(0)} KB`,
      ],
      [
        '首页 warm: LCP / interactive / KB',
        `${s(result.home.warm.lcp)} / ${s(result.home.warm.interactive)} / ${result.home.warm.kb?.toFixed(0)} KB`,
      ],
      ['chat 2,000: last message on screen', s(result.chat.open)],
      ['chat: message nodes at open / after paging', `${result.chat.nodes} / ${result.chat.nodesAfter}`],
      ['chat: history page shown after reaching top', s(result.chat.pagingMs)],
      ['chat: reading position moved (max)', `${result.chat.driftPx?.toFixed(0)} px`],
      ['我的申请 200: first screen', s(result.requests.firstScreen)],
      [
        '我的申请 200: scroll to the end (cards)',
        `${s(result.requests.scrollToEnd)} (${result.requests.cards})`,
      ],
      ['我的申请 200: DOM nodes at the end', String(result.requests.domNodes)],
    ]
    console.log(`\n| figure (median of ${RUNS}; 4× CPU, 150 ms RTT, 1.6/0.75 Mbps, 375×812@2) | value |`)
    console.log('|---|---|')
    for (const [name, value] of rows) console.log(`| ${name} | ${value} |`)
    console.log(`\nuptime before: ${result.uptimeBefore}\nuptime after:  ${result.uptimeAfter}`)
    const jsonOut = process.argv.find((arg) => arg.startsWith('--json='))?.slice('--json='.length)
    if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify(result, null, 2)}\n`)
    else console.log(JSON.stringify(result))
  } finally {
    await browser.close()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
