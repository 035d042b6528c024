/** @jest-environment node */
import fs from 'node:fs'
import path from 'node:path'

// The H5 build's loader for the CSS of Taro's components (config/prod.ts): it must find the weui font in
// the file Taro ships, or the font comes back into the first load unnoticed after an upgrade.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stripWeuiFont = require('../../../config/strip-weui-font.js') as (source: string) => string

// Read from disk: jest maps a required .css to a stub.
const css = fs.readFileSync(
  path.resolve(
    __dirname,
    '../../../node_modules/@tarojs/components/dist/taro-components/taro-components.css',
  ),
  'utf8',
)

describe('strip-weui-font', () => {
  it('drops the base64 weui font of Taro’s component CSS and keeps every other rule', () => {
    expect(css).toMatch(/font-family:\s*weui/)
    const stripped = stripWeuiFont(css)
    expect(stripped).not.toMatch(/@font-face[^}]*weui/)
    expect(stripped).not.toContain('base64')
    expect(css.length - stripped.length).toBeGreaterThan(5000)
    expect(stripped.replace(/\s/g, '')).toBe(css.replace(/@font-face\s*\{[^}]*\}/g, '').replace(/\s/g, ''))
  })
})
