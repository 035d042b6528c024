/**
 * Renders the app shell's images with Debian's Chromium, like render-icons.ts: the error illustration
 * (src/assets/error.png, for ErrorState, apart from the empty state's) and the H5 favicon
 * (src/assets/favicon.ico: a PNG inside an ICO header, which every browser reads). The files are
 * committed; run by hand after changing a drawing: `npx tsx scripts/render-shell-images.ts`.
 */
import fs from 'node:fs'
import path from 'node:path'

import { chromium } from 'playwright-core'

const ASSETS = path.resolve(__dirname, '..', 'src', 'assets')

// A card that could not be loaded: a torn sheet under a warning badge, in the empty state's blues
// with an amber badge, so the two read as one family but never as each other.
const ERROR_ILLUSTRATION = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 120" width="320" height="240">
  <ellipse cx="80" cy="104" rx="56" ry="8" fill="#eef1f6"/>
  <path d="M40 30a8 8 0 0 1 8-8h64a8 8 0 0 1 8 8v26l-10 6 8 8-12 6 6 8-10 4v6H48a8 8 0 0 1-8-8z" fill="#f5f7fb" stroke="#c3cad8" stroke-width="2" stroke-linejoin="round"/>
  <rect x="52" y="38" width="40" height="6" rx="3" fill="#c3cad8"/>
  <rect x="52" y="52" width="52" height="6" rx="3" fill="#dde2ec"/>
  <rect x="52" y="66" width="30" height="6" rx="3" fill="#dde2ec"/>
  <circle cx="118" cy="30" r="15" fill="#f29d38"/>
  <path d="M118 21v11" stroke="#fff" stroke-width="3.4" stroke-linecap="round"/>
  <circle cx="118" cy="38.5" r="2.2" fill="#fff"/>
</svg>`

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <rect width="64" height="64" rx="14" fill="#1f6feb"/>
  <text x="32" y="45" text-anchor="middle" font-size="38" font-weight="700" fill="#fff"
    font-family="'Noto Sans CJK SC','WenQuanYi Zen Hei',sans-serif">企</text>
</svg>`

/** An ICO holding one PNG image (allowed since Windows Vista; all browsers read it). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22)
  header.writeUInt16LE(0, 0) // reserved
  header.writeUInt16LE(1, 2) // type: icon
  header.writeUInt16LE(1, 4) // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6)
  header.writeUInt8(size >= 256 ? 0 : size, 7)
  header.writeUInt8(0, 8) // no palette
  header.writeUInt8(0, 9)
  header.writeUInt16LE(1, 10) // planes
  header.writeUInt16LE(32, 12) // bits per pixel
  header.writeUInt32LE(png.length, 14)
  header.writeUInt32LE(22, 18) // offset of the image
  return Buffer.concat([header, png])
}

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
  const page = await browser.newPage({ deviceScaleFactor: 1 })
  const render = async (svg: string, size: { width: number; height: number }) => {
    await page.setViewportSize(size)
    await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`)
    return page.screenshot({ omitBackground: true })
  }
  fs.writeFileSync(
    path.join(ASSETS, 'error.png'),
    await render(ERROR_ILLUSTRATION, { width: 320, height: 240 }),
  )
  fs.writeFileSync(
    path.join(ASSETS, 'favicon.ico'),
    icoFromPng(await render(FAVICON, { width: 64, height: 64 }), 64),
  )
  await browser.close()
}

void main()
