import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A tiny mini-program on disk, shaped like a Taro build (app.json, base.wxml, app.js, page files), to
 * pin the harness's own rules without depending on dist/. Pages push their lifecycle calls to `global.log`.
 */
export function fakeBuild(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-fake-'))
  const tabs = ['pages/a/index', 'pages/b/index']
  const pages = [...tabs, 'pages/c/index', 'pages/d/index']
  const page = (route: string) => `
    var log = function (what) { (global.log = global.log || []).push('${route} ' + what) }
    Page({
      data: { root: { cn: [] } },
      onLoad: function (q) { log('onLoad ' + JSON.stringify(q)) },
      onShow: function () { log('onShow') },
      onReady: function () { log('onReady') },
      onHide: function () { log('onHide') },
      onUnload: function () { log('onUnload') },
      eh: function (e) { log(e.type + ' ' + e.currentTarget.id + ' ' + e.target.id) },
    })`
  const all: Record<string, string> = {
    'app.json': JSON.stringify({
      pages,
      subPackages: [{ root: 'sub', pages: ['e/index'] }],
      tabBar: { list: tabs.map((pagePath) => ({ pagePath, text: pagePath })) },
    }),
    'base.wxml': [
      '<template name="tmpl_0_9">\n  <block>{{i.v}}</block>\n</template>',
      '<template name="tmpl_0_0">\n  <view bindtap="eh" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"></view>\n</template>',
      '<template name="tmpl_0_3">\n  <view id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"></view>\n</template>',
      '<template name="tmpl_0_8">\n  <view catchtap="eh" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"></view>\n</template>',
      '<template name="tmpl_0_33">\n  <input placeholder="{{i.p13}}" bindinput="eh" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"></input>\n</template>',
    ].join('\n\n'),
    'app.js':
      'App({ onLaunch: function () { (global.log = global.log || []).push("app onLaunch") }, onShow: function () { global.log.push("app onShow") } })',
    ...Object.fromEntries(pages.map((route) => [`${route}.js`, page(route)])),
    'sub/e/index.js': page('sub/e/index'),
    ...files,
  }
  for (const [file, content] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  return dir
}
