import type { Browser, BrowserContext, Page } from 'playwright-core'

import { startAppServer, type AppServer } from './app-server'
import { launchBrowser, newPhoneContext, watchPageErrors } from './browser'

export interface JourneyRig {
  /** The app and its mock backend, one per journey file. */
  readonly server: AppServer
  readonly browser: Browser
  /** A fresh phone (its own browser context: storage, session); closed after the test. */
  phone(): Promise<Page>
}

/**
 * The set-up every multi-phone journey repeats: one server and one browser for the file, phones opened
 * per test and closed after it, and any error a phone's page threw fails the test that saw it.
 */
export function journeyRig(): JourneyRig {
  let server: AppServer | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  const errors: Error[][] = []

  beforeAll(async () => {
    server = await startAppServer()
    browser = await launchBrowser()
  })

  afterEach(async () => {
    const seen = errors.splice(0).flat()
    await Promise.all(contexts.splice(0).map((context) => context.close()))
    expect(seen).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  return {
    get server() {
      if (!server) throw new Error('the app server starts in beforeAll')
      return server
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll')
      return browser
    },
    async phone() {
      const context = await newPhoneContext(this.browser)
      contexts.push(context)
      const page = await context.newPage()
      errors.push(watchPageErrors(page))
      return page
    },
  }
}
