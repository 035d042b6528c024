import fs from 'node:fs'

import type { Page } from 'playwright-core'

// axe's own bundle, injected as a script: the page needs no build change to be audited.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** The floor for any text a user must read (issue 14): 12 CSS px. */
export const MIN_TEXT_PX = 12
/** The floor for anything a finger must hit: 44 CSS px each way, as Apple's HIG and WCAG 2.5.5 ask. */
export const MIN_TARGET_PX = 44
/**
 * What a user taps. The app gives its tappable Views these roles (Taro's H5 renders them as custom
 * elements, so `button`/`a` alone would miss most of them); NutUI's buttons are taro-button-core.
 */
const TARGETS = [
  '[role=button]',
  '[role=link]',
  '[role=tab]',
  '[role=radio]',
  '[role=checkbox]',
  '[role=switch]',
  '[role=menuitem]',
  'button',
  'a[href]',
  'taro-button-core',
  '.weui-tabbar__item',
].join(',')

export interface Finding {
  rule: string
  impact: string
  what: string
}

/**
 * Audits what the user sees now: axe-core's serious and critical violations (colour contrast among
 * them: 4.5:1 for body text, 3:1 for large text), text under 12 px and tap targets under 44 px,
 * measured from the rendered boxes and computed styles. Only the visible page counts: Taro's H5
 * keeps the earlier pages of the stack in the DOM, hidden.
 */
export async function auditScreen(page: Page): Promise<Finding[]> {
  const hasAxe = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined')
  if (!hasAxe) await page.addScriptTag({ content: AXE_SOURCE })

  const axeFindings = await page.evaluate(async () => {
    type AxeNode = { target: string[]; failureSummary?: string }
    type AxeResult = { id: string; impact: string | null; help: string; nodes: AxeNode[] }
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: AxeResult[] }> } }
    ).axe
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      // Best-practice rules (region, landmarks, heading order) judge documents, not app screens.
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map((node) => ({
          rule: v.id,
          impact: v.impact ?? '',
          what: `${node.target.join(' ')}: ${v.help}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ')})` : ''}`,
        })),
      )
  })

  const boxFindings = await page.evaluate(
    ({ targets, minText, minTarget }) => {
      const findings: { rule: string; impact: string; what: string }[] = []
      const pages = Array.from(document.querySelectorAll('.taro_page'))
      const visible = (element: Element) =>
        element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        !element.closest('[aria-hidden="true"]') &&
        // A page of the stack that is not on top is hidden by Taro; skip anything inside one.
        !pages.some((p) => p.contains(element) && !p.checkVisibility())
      const label = (element: Element) =>
        (element.getAttribute('aria-label') ?? (element as HTMLElement).innerText ?? element.tagName)
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 24) || element.tagName.toLowerCase()

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      const seen = new Set<Element>()
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement
        if (!element || seen.has(element) || !node.nodeValue?.trim()) continue
        if (element.closest('script,style,noscript')) continue
        seen.add(element)
        if (!visible(element)) continue
        const size = parseFloat(getComputedStyle(element).fontSize)
        if (size < minText - 0.05) {
          findings.push({
            rule: 'text-size',
            impact: 'serious',
            what: `"${node.nodeValue.trim().slice(0, 24)}" is ${size.toFixed(1)} px (< ${minText})`,
          })
        }
      }

      for (const element of Array.from(document.querySelectorAll(targets))) {
        if (!visible(element)) continue
        // A target inside another target is one target (a chip's text inside the chip).
        if (element.parentElement?.closest(targets)) continue
        const box = element.getBoundingClientRect()
        if (box.width === 0 && box.height === 0) continue
        if (box.width < minTarget - 0.5 || box.height < minTarget - 0.5) {
          findings.push({
            rule: 'target-size',
            impact: 'serious',
            what: `"${label(element)}" is ${Math.round(box.width)}×${Math.round(box.height)} px (< ${minTarget})`,
          })
        }
      }
      return findings
    },
    { targets: TARGETS, minText: MIN_TEXT_PX, minTarget: MIN_TARGET_PX },
  )
  return [...axeFindings, ...boxFindings]
}

/** Fails with every finding listed, named by the screen it was found on. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const findings = await auditScreen(page)
  if (findings.length > 0) {
    const lines = findings.map((f) => `  [${f.rule}/${f.impact}] ${f.what}`)
    throw new Error(
      `Accessibility audit of "${screen}" found ${findings.length} problem(s):\n${lines.join('\n')}`,
    )
  }
}
