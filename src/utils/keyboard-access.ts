// H5 only. The app's tappable Views carry a role (button, link, tab, radio, switch) so screen
// readers name them, but a <taro-view-core> is not focusable and ignores Enter and Space: someone
// on a keyboard (or a switch device) could reach nothing. One observer makes every such element
// focusable, and one listener turns Enter/Space on it into the tap it stands for. Native controls
// (button, a, input) already do both and are left alone. It also gives the scrolling regions a tab
// stop and Taro's image preview an alt text, which Taro's H5 components leave out.

const ROLES = ['button', 'link', 'tab', 'radio', 'switch', 'checkbox', 'menuitem']
const SELECTOR = ROLES.map((role) => `[role="${role}"]:not([tabindex])`).join(',')
const NATIVE = new Set(['BUTTON', 'A', 'INPUT', 'TEXTAREA', 'SELECT'])

// Regions that scroll: Taro's H5 page container and ScrollView. Focusable, a keyboard can scroll them.
const SCROLLERS = '.taro_page:not([tabindex]),taro-scroll-view-core:not([tabindex])'
// Taro's H5 previewImage draws its own <img> without alt.
const PREVIEW_IMAGES = '.swiper-zoom-container > img:not([alt])'

function makeFocusable(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll(SELECTOR))) {
    if (!NATIVE.has(element.tagName)) element.setAttribute('tabindex', '0')
  }
  for (const element of Array.from(root.querySelectorAll(SCROLLERS))) element.setAttribute('tabindex', '0')
  for (const image of Array.from(root.querySelectorAll(PREVIEW_IMAGES))) image.setAttribute('alt', '图片预览')
}

export function wireKeyboardAccess(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  makeFocusable(document)
  new MutationObserver(() => makeFocusable(document)).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributeFilter: ['role'],
  })
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    const target = event.target as HTMLElement | null
    const role = target?.getAttribute('role')
    if (!target || !role || !ROLES.includes(role) || NATIVE.has(target.tagName)) return
    event.preventDefault()
    target.click()
  })
}
