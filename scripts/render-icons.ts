/**
 * Renders the app's PNG icons from the SVG sources below with Debian's Chromium. WeChat's tab bar takes
 * only PNG/JPG files (no SVG, no icon fonts), so the PNGs are committed and this script is run by hand
 * after an icon changes: `npx tsx scripts/render-icons.ts`.
 */
import path from 'node:path'

import { chromium } from 'playwright-core'

const GREY = '#8a8f99'
const BLUE = '#1f6feb'

const TAB_ICONS: Record<string, (color: string) => string> = {
  home: (c) =>
    `<path d="M12 3 3 10.5V21h6.5v-6h5v6H21V10.5z" fill="none" stroke="${c}" stroke-width="1.8" stroke-linejoin="round"/>`,
  services: (c) =>
    `<rect x="3.5" y="3.5" width="7" height="7" rx="2" fill="none" stroke="${c}" stroke-width="1.8"/><rect x="13.5" y="3.5" width="7" height="7" rx="2" fill="none" stroke="${c}" stroke-width="1.8"/><rect x="3.5" y="13.5" width="7" height="7" rx="2" fill="none" stroke="${c}" stroke-width="1.8"/><circle cx="17" cy="17" r="3.6" fill="none" stroke="${c}" stroke-width="1.8"/>`,
  messages: (c) =>
    `<path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h11A2.5 2.5 0 0 1 20 5.5v9a2.5 2.5 0 0 1-2.5 2.5H10l-4.5 4v-4h0A1.5 1.5 0 0 1 4 15.5z" fill="none" stroke="${c}" stroke-width="1.8" stroke-linejoin="round"/><circle cx="8.5" cy="10" r="1.2" fill="${c}"/><circle cx="12" cy="10" r="1.2" fill="${c}"/><circle cx="15.5" cy="10" r="1.2" fill="${c}"/>`,
  salons: (c) =>
    `<circle cx="8" cy="8" r="3" fill="none" stroke="${c}" stroke-width="1.8"/><circle cx="16.5" cy="9" r="2.5" fill="none" stroke="${c}" stroke-width="1.8"/><path d="M2.5 19c.6-3.4 2.8-5.2 5.5-5.2s4.9 1.8 5.5 5.2M13.5 14.3c.9-.7 1.9-1 3-1 2.3 0 4 1.5 4.6 4.7" fill="none" stroke="${c}" stroke-width="1.8" stroke-linecap="round"/>`,
  me: (c) =>
    `<circle cx="12" cy="8" r="4" fill="none" stroke="${c}" stroke-width="1.8"/><path d="M4 20.5c.9-4 4-6.3 8-6.3s7.1 2.3 8 6.3" fill="none" stroke="${c}" stroke-width="1.8" stroke-linecap="round"/>`,
  // The specialist's and the admin's own tab bars (features/session/role-tab-bar.tsx).
  workbench: (c) =>
    `<rect x="4.5" y="4.5" width="15" height="16.5" rx="2" fill="none" stroke="${c}" stroke-width="1.8"/><path d="M9 3h6v3H9z" fill="none" stroke="${c}" stroke-width="1.8" stroke-linejoin="round"/><path d="M8.5 11h7M8.5 14.5h7M8.5 18h4" fill="none" stroke="${c}" stroke-width="1.8" stroke-linecap="round"/>`,
  enterprises: (c) =>
    `<path d="M4.5 21V5A1.5 1.5 0 0 1 6 3.5h7.5A1.5 1.5 0 0 1 15 5v16M15 9.5h3A1.5 1.5 0 0 1 19.5 11v10M2.5 21h19" fill="none" stroke="${c}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/><path d="M8 8h3.5M8 12h3.5M8 16h3.5" fill="none" stroke="${c}" stroke-width="1.8" stroke-linecap="round"/>`,
  checkin: (c) =>
    `<path d="M3.5 8V5.5a2 2 0 0 1 2-2H8M16 3.5h2.5a2 2 0 0 1 2 2V8M20.5 16v2.5a2 2 0 0 1-2 2H16M8 20.5H5.5a2 2 0 0 1-2-2V16" fill="none" stroke="${c}" stroke-width="1.8" stroke-linecap="round"/><path d="m8 12.2 2.8 2.8 5.2-5.6" fill="none" stroke="${c}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
}

const EMPTY_ILLUSTRATION = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 120" width="320" height="240">
  <ellipse cx="80" cy="104" rx="56" ry="8" fill="#e8eef9"/>
  <rect x="38" y="26" width="84" height="70" rx="10" fill="#f0f5ff" stroke="#c9dafc" stroke-width="2"/>
  <rect x="50" y="42" width="44" height="6" rx="3" fill="#c9dafc"/>
  <rect x="50" y="56" width="60" height="6" rx="3" fill="#dde7fb"/>
  <rect x="50" y="70" width="36" height="6" rx="3" fill="#dde7fb"/>
  <circle cx="120" cy="30" r="14" fill="#1f6feb" opacity=".9"/>
  <path d="M114 30h12M120 24v12" stroke="#fff" stroke-width="3" stroke-linecap="round"/>
</svg>`

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
  const page = await browser.newPage({ deviceScaleFactor: 1 })
  const render = async (svg: string, size: { width: number; height: number }, file: string) => {
    await page.setViewportSize(size)
    await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`)
    await page.screenshot({
      path: path.resolve(__dirname, '..', 'src', 'assets', file),
      omitBackground: true,
    })
  }
  for (const [name, draw] of Object.entries(TAB_ICONS)) {
    for (const [suffix, color] of [
      ['', GREY],
      ['-active', BLUE],
    ] as const) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="81" height="81">${draw(color)}</svg>`
      await render(svg, { width: 81, height: 81 }, `tab/${name}${suffix}.png`)
    }
  }
  await render(EMPTY_ILLUSTRATION, { width: 320, height: 240 }, 'empty.png')
  await browser.close()
}

void main()
