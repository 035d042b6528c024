import type { PageInstance } from './page-instance'
import type { ElementTemplate, TemplateSet } from './templates'

/** A node of Taro's data tree as setData leaves it: `nn` node name, `cn` children, `v` text, `sid`/`uid`. */
export interface DataNode {
  nn: string
  sid?: string
  uid?: string
  v?: string
  cn?: DataNode[]
  st?: string
  cl?: string
  [field: string]: unknown
}

export interface Located {
  node: DataNode
  /** root's first child … node: the element path events bubble along. */
  path: DataNode[]
}

const HIDDEN = /display\s*:\s*none/

/**
 * Reads a page's data tree as the view layer would show it, using base.wxml's templates to know which
 * node is text, which is an input and what its placeholder is.
 */
export class ViewTree {
  constructor(
    private readonly templates: TemplateSet,
    readonly page: PageInstance,
  ) {}

  get roots(): DataNode[] {
    const root = this.page.data.root as { cn?: DataNode[] } | undefined
    return root?.cn ?? []
  }

  template(node: DataNode): ElementTemplate | undefined {
    return this.templates.byNn.get(String(node.nn))
  }

  isText(node: DataNode): boolean {
    return String(node.nn) === this.templates.textNn
  }

  isVisible(node: DataNode): boolean {
    return !(typeof node.st === 'string' && HIDDEN.test(node.st))
  }

  /** Visible text of a node: text nodes joined, elements on their own lines. */
  textOf(node: DataNode): string {
    if (this.isText(node)) return String(node.v ?? '')
    if (!this.isVisible(node)) return ''
    const parts: string[] = []
    let line = ''
    for (const child of node.cn ?? []) {
      if (this.isText(child)) line += String(child.v ?? '')
      else {
        const inner = this.textOf(child)
        if (inner) {
          if (line) parts.push(line)
          line = ''
          parts.push(inner)
        }
      }
    }
    if (line) parts.push(line)
    return parts.join('\n')
  }

  /** All visible text of the page. */
  text(): string {
    return this.roots
      .map((n) => this.textOf(n))
      .filter(Boolean)
      .join('\n')
  }

  /** Visible elements in document order, each with its path from the top. */
  *elements(): Generator<Located> {
    const walk = function* (this: ViewTree, nodes: DataNode[], path: DataNode[]): Generator<Located> {
      for (const node of nodes) {
        if (this.isText(node) || !this.isVisible(node)) continue
        const here = [...path, node]
        yield { node, path: here }
        yield* walk.call(this, node.cn ?? [], here)
      }
    }
    yield* walk.call(this, this.roots, [])
  }

  /**
   * The element a user taps to hit `text`: the deepest visible element whose own text is exactly `text`,
   * else the deepest whose text contains it (first in document order).
   */
  findByText(text: string | RegExp, nth = 0): Located | undefined {
    const matches = (s: string) => (typeof text === 'string' ? s.trim() === text : text.test(s))
    const contains = (s: string) => (typeof text === 'string' ? s.includes(text) : text.test(s))
    const exact: Located[] = []
    const partial: Located[] = []
    for (const located of this.elements()) {
      const own = this.textOf(located.node)
      if (!contains(own)) continue
      // Keep only the deepest: drop an ancestor when a descendant also matches.
      const deeper = (list: Located[]) => {
        const parentIndex = list.findIndex((l) => located.path.includes(l.node))
        if (parentIndex >= 0) list.splice(parentIndex, 1)
        list.push(located)
      }
      if (matches(own)) deeper(exact)
      deeper(partial)
    }
    return (exact.length ? exact : partial)[nth]
  }

  /** Inputs and textareas in document order. */
  inputs(): (Located & { kind: string; placeholder: string; value: string })[] {
    const out: (Located & { kind: string; placeholder: string; value: string })[] = []
    for (const located of this.elements()) {
      const tmpl = this.template(located.node)
      if (!tmpl || (tmpl.tag !== 'input' && tmpl.tag !== 'textarea')) continue
      const placeholderField = tmpl.fields.placeholder
      const valueField = tmpl.fields.value
      out.push({
        ...located,
        kind: tmpl.tag,
        placeholder: placeholderField ? String(located.node[placeholderField] ?? '') : '',
        value: valueField ? String(located.node[valueField] ?? '') : '',
      })
    }
    return out
  }

  /** An input by its placeholder, else the first input after the label text in document order. */
  findInput(placeholderOrLabel: string): Located | undefined {
    const inputs = this.inputs()
    const byPlaceholder =
      inputs.find((i) => i.placeholder === placeholderOrLabel) ??
      inputs.find((i) => i.placeholder.includes(placeholderOrLabel))
    if (byPlaceholder) return byPlaceholder
    const label = this.findByText(placeholderOrLabel)
    if (!label) return undefined
    let seen = false
    for (const located of this.elements()) {
      if (located.node === label.node) seen = true
      else if (seen && inputs.some((i) => i.node === located.node)) return located
    }
    return undefined
  }

  /** Elements rendered with `tag` (e.g. 'picker'), in document order. */
  byTag(tag: string): Located[] {
    return [...this.elements()].filter((l) => this.template(l.node)?.tag === tag)
  }
}
