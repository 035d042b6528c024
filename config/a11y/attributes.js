// The ARIA attributes the app's Views and Texts carry, added to Taro's weapp template (which has
// none) by ./plugin.ts and to its runtime by ./runtime.js: both must list the same names, since Taro
// turns a component's attribute list into the short data keys (p0, p1, ...) the template reads.
// '' = no default. `role` is written to WXML as `aria-role`, the name WeChat reads.
const ARIA = {
  role: '',
  'aria-label': '',
  'aria-selected': '',
  'aria-checked': '',
  'aria-disabled': '',
  'aria-busy': '',
}

module.exports = { components: { View: ARIA, Text: ARIA } }
