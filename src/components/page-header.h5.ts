import Taro from '@tarojs/taro'

import { pageNameOf } from '@/navigation/routes'

import { goBack } from './go-back'
import type { PageHeaderOptions } from './page-header'

import './page-header.scss'

// H5 only (Taro picks this file over page-header.ts when TARO_ENV is h5). Taro 4's H5 router draws
// WeChat's navigation bar itself once the app's window says navigationStyle: 'default': the title
// from each page's navigationBarTitleText and Taro.setNavigationBarTitle, 返回 when the stack has a
// page below, 首页 when a page was opened directly. So every page gets one header without a
// component of its own. What Taro leaves out is added here: names and keyboard access for the two
// buttons, 首页 to the signed-in role's home (Taro's goes to the first page of app.config, the
// owners' home; see go-back.ts), and no button on pages that start a stack (login, a role's home).

const BAR_ID = 'taro-navigation-bar'

function makeButton(element: Element | undefined, label: string): void {
  if (!element || element.getAttribute('role')) return
  element.setAttribute('role', 'button')
  element.setAttribute('aria-label', label)
  element.setAttribute('tabindex', '0')
  element.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key
    if (key === 'Enter' || key === ' ') (element as HTMLElement).click()
  })
}

/** The bar's buttons and title, once: Taro creates the bar when the app mounts and keeps it. */
function enhance(bar: HTMLElement): void {
  if (bar.dataset.enhanced) return
  bar.dataset.enhanced = 'true'
  makeButton(bar.getElementsByClassName('taro-navigation-bar-back')[0], '返回')
  const home = bar.getElementsByClassName('taro-navigation-bar-home')[0]
  makeButton(home, '返回首页')
  // Capture, so Taro's own listener on the button (reLaunch to the owners' home) never runs; 首页 shows
  // only on a page alone in its stack, where going back means the role's home.
  home?.addEventListener(
    'click',
    (event) => {
      event.stopImmediatePropagation()
      goBack()
    },
    { capture: true },
  )
  const title = bar.getElementsByClassName('taro-navigation-bar-title')[0]
  title?.setAttribute('role', 'heading')
  title?.setAttribute('aria-level', '1')
}

function currentPage() {
  const pages = Taro.getCurrentPages()
  const route = pages[pages.length - 1]?.route
  return route ? pageNameOf(route) : undefined
}

/** Runs after each page shows (Taro has set the bar's buttons for it by then). */
function onPageShown(options: PageHeaderOptions): void {
  const bar = document.getElementById(BAR_ID)
  if (!bar) return
  enhance(bar)
  const page = currentPage()
  if (page && options.isRoot(page)) {
    bar.classList.remove('taro-navigation-bar-home-icon', 'taro-navigation-bar-back-icon')
  }
}

export function wirePageHeader(options: PageHeaderOptions): void {
  Taro.eventCenter.on('__afterTaroRouterChange', () => onPageShown(options))
}
