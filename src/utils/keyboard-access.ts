// H5 only. The app's tappable Views carry a role (button, link, tab, radio, switch) so screen
// readers name them, but a <taro-view-core> is not focusable and ignores Enter and Space: someone
// on a keyboard (or a switch device) could reach nothing. One observer makes every such element
// focusable, and one listener turns Enter/Space on it into the tap it stands for. Native controls
// (button, a, input) already do both and are left alone.

const ROLES = ['button', 'link', 'tab', 'radio', 'switch', 'checkbox', 'menuitem']
const SELECTOR = ROLES.map((role) => `[role="${role}"]:not([tabindex])`).join(',')
const NATIVE = new Set(['BUTTON', 'A', 'INPUT', 'TEXTAREA', 'SELECT'])

function makeFocusable(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll(SELECTOR))) {
    if (!NATIVE.has(element.tagName)) element.setAttribute('tabindex', '0')
  }
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
