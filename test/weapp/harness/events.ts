import type { MiniProgram } from './mini-program'
import type { PageInstance } from './page-instance'
import type { DataNode, ViewTree } from './view'

/** WeChat's bubbling events; every other event reaches only the element it happens on. */
const BUBBLING = new Set([
  'touchstart',
  'touchmove',
  'touchcancel',
  'touchend',
  'tap',
  'longpress',
  'longtap',
  'transitionend',
  'animationstart',
  'animationiteration',
  'animationend',
  'touchforcechange',
])

let clock = 1000

/**
 * True while a tap's handlers run, synchronously: APIs WeChat opens only from a user's tap
 * (requestSubscribeMessage since base library 2.8.2) check it, so a call made after an await fails.
 */
let inTap = false
export const inUserTap = () => inTap

function elementInfo(node: DataNode) {
  // base.wxml: id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"
  return { id: String(node.uid || node.sid || ''), offsetLeft: 0, offsetTop: 0, dataset: { sid: node.sid } }
}

/**
 * Delivers one view-layer event the way WeChat does for the templates of base.wxml: to the target, then
 * (for bubbling events) to each ancestor, calling the page's handler wherever the element binds the
 * event (`bind…`), and stopping after an element that catches it (`catch…`). The page's `eh` is Taro's
 * eventHandler; it decides from there.
 */
export function dispatch(
  program: MiniProgram,
  view: ViewTree,
  path: DataNode[],
  type: string,
  detail: Record<string, unknown> = {},
): number {
  const page: PageInstance = view.page
  const target = path[path.length - 1]
  if (!target) throw new Error(`no element to receive ${type}`)
  const touches = type.startsWith('touch') || type === 'tap' || type === 'longpress'
  const point = { identifier: 0, pageX: 187, pageY: 400, clientX: 187, clientY: 400, force: 1 }
  let delivered = 0
  const chain = BUBBLING.has(type) ? [...path].reverse() : [target]
  for (const node of chain) {
    const binding = view.template(node)?.events[type]
    if (!binding) continue
    const event = {
      type,
      timeStamp: (clock += 16),
      target: elementInfo(target),
      currentTarget: elementInfo(node),
      detail: { ...detail },
      mark: {},
      mut: false,
      ...(touches
        ? { touches: type === 'touchend' || type === 'tap' ? [] : [point], changedTouches: [point] }
        : {}),
      ...(type === 'tap' ? { _userTap: true } : {}),
    }
    const handler = page.eh
    if (typeof handler !== 'function') throw new Error(`${page.route} has no eh handler for ${type}`)
    inTap = type === 'tap'
    try {
      program.guard(() => handler.call(page, event), `${page.route} ${type} handler`)
    } finally {
      inTap = false
    }
    delivered++
    if (binding === 'catch') break
  }
  return delivered
}
