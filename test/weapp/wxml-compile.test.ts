import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { loadTemplates } from './harness/templates'
import { buildFiles, compileWxml, compileWxss, formatErrors, renderTemplate } from './support/wcc'

// WeChat's own compilers on the build (WEAPP_DIR, default dist/weapp): what DevTools and the phone would
// reject or warn about, with file:line.
const BUILD = path.resolve(process.env.WEAPP_DIR ?? 'dist/weapp')

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  lazyCodeLoading?: string
}

function readAppJson(dir: string): AppJson {
  const file = path.join(dir, 'app.json')
  if (!fs.existsSync(file)) throw new Error(`no weapp build in ${dir}: run npm run build:weapp:release first`)
  return JSON.parse(fs.readFileSync(file, 'utf8')) as AppJson
}

function allPages(app: AppJson): string[] {
  const sub = (app.subPackages ?? []).flatMap((pkg) =>
    pkg.pages.map((page) => `${pkg.root.replace(/\/$/, '')}/${page}`),
  )
  return [...app.pages, ...sub]
}

/** A root of Taro's data tree: one view holding one text node, with the node names the build uses. */
function sampleRoot(dir: string, text: string) {
  const templates = loadTemplates(dir)
  const view = [...templates.byNn.values()].find((template) => template.tag === 'view')
  if (!view) throw new Error('base.wxml has no view template')
  return { cn: [{ nn: view.nn, sid: '_n_1', cn: [{ nn: templates.textNn, sid: '_n_2', v: text }] }] }
}

describe(`WeChat's compilers on ${path.relative(process.cwd(), BUILD)}`, () => {
  const app = readAppJson(BUILD)

  test.each(['view', 'logic'] as const)(
    'every .wxml and .wxs compiles with wcc for the %s layer, the whole package in one call',
    (target) => {
      const { errors, output } = compileWxml(BUILD, { target })
      expect(formatErrors(errors)).toBe('')
      for (const file of buildFiles(BUILD, '.wxml')) expect(output).toContain(`'${file}'`)
      expect(buildFiles(BUILD, '.wxs').length).toBeGreaterThan(0)
    },
  )

  test.each(['view', 'logic'] as const)(
    'with lazy code loading on, as in app.json, every page and component compiles on its own (%s layer)',
    (target) => {
      expect(app.lazyCodeLoading).toBe('requiredComponents')
      const { errors, output } = compileWxml(BUILD, { target, lazy: true })
      expect(formatErrors(errors)).toBe('')
      const generated = Object.keys(JSON.parse(output) as Record<string, string>)
      expect(generated).toEqual(expect.arrayContaining(['__COMMON__', 'comp', ...allPages(app)]))
    },
  )

  test('every page of app.json renders a Taro tree through its compiled template, with no WXML warning', () => {
    const { errors, output } = compileWxml(BUILD)
    expect(formatErrors(errors)).toBe('')
    const root = sampleRoot(BUILD, '企服管家')
    for (const page of allPages(app)) {
      const { tree, warnings } = renderTemplate(output, page, { root })
      expect({ page, warnings }).toEqual({ page, warnings: [] })
      const json = JSON.stringify(tree)
      expect(json).toContain('"tag":"wx-view"')
      expect(json).toContain('企服管家')
    }
  })

  test('every .wxss compiles with wcsc, page and component styles first as DevTools orders them', () => {
    const { errors, output } = compileWxss(BUILD)
    expect(formatErrors(errors)).toBe('')
    expect(output).toContain('./app.wxss=')
  })
})

describe('a broken file in a copy of the build is reported with its file and line', () => {
  let copy: string

  beforeEach(() => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-wcc-'))
    fs.cpSync(BUILD, copy, { recursive: true })
  })

  afterEach(() => {
    fs.rmSync(copy, { recursive: true, force: true })
  })

  const write = (file: string, lines: string[]) => fs.writeFileSync(path.join(copy, file), lines.join('\n'))

  test('WXML: an end tag that closes the wrong element', () => {
    write('pages/me/index.wxml', [
      '<import src="../../base.wxml"/>',
      '<view>',
      '  <text>hi</view>',
      '</view>',
    ])
    const { errors } = compileWxml(copy)
    expect(errors).toContainEqual(expect.objectContaining({ file: 'pages/me/index.wxml', line: 3 }))
    expect(formatErrors(errors)).toMatch(/^pages\/me\/index\.wxml:3:\d+ expect end-tag `text`/m)
  })

  test('WXML: an expression wcc cannot parse', () => {
    write('admin/salons/index.wxml', [
      '<import src="../../base.wxml"/>',
      '<view>',
      '  <text wx:if="{{a ? }}">x</text>',
      '</view>',
    ])
    expect(compileWxml(copy).errors).toContainEqual(
      expect.objectContaining({
        file: 'admin/salons/index.wxml',
        line: 3,
        message: expect.stringContaining('wx:if'),
      }),
    )
  })

  test('WXS: an arrow function, which WXS does not have', () => {
    write('broken.wxs', [
      'module.exports = {',
      '  a: function (l) {',
      '    return [l].map((x) => x)',
      '  },',
      '}',
    ])
    expect(compileWxml(copy).errors).toContainEqual(expect.objectContaining({ file: 'broken.wxs', line: 3 }))
  })

  test('WXSS: a stray closing brace', () => {
    write('pages/home/index.wxss', ['.a { color: red; }', '.b { color: blue; }}'])
    expect(compileWxss(copy).errors).toContainEqual(
      expect.objectContaining({ file: 'pages/home/index.wxss', line: 2 }),
    )
  })

  test('an import of a missing file compiles, and rendering names the file and line', () => {
    write('pages/me/index.wxml', [
      '<import src="../../no-base.wxml"/>',
      '<template is="taro_tmpl" data="{{root:root}}"/>',
    ])
    const { errors, output } = compileWxml(copy)
    expect(errors).toEqual([])
    const { warnings } = renderTemplate(output, 'pages/me/index', { root: { cn: [] } })
    expect(warnings.join('\n')).toContain(
      './pages/me/index.wxml:import:1:1: Path `../../no-base.wxml` not found',
    )
    expect(warnings.join('\n')).toContain('./pages/me/index.wxml:template:2:')
  })
})
