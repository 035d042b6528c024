import fs from 'node:fs'
import path from 'node:path'

/** What one compiled element template of base.wxml says about a node name (Taro's `nn`). */
export interface ElementTemplate {
  nn: string
  /** The WXML tag the view layer creates: view, text, input, picker, … */
  tag: string
  /** Attribute → the data field it reads, for `attr="{{i.pN}}"`-style bindings (e.g. placeholder → p13). */
  fields: Record<string, string>
  /** Event type → how the element binds it ('bind' bubbles on, 'catch' stops bubbling). */
  events: Record<string, 'bind' | 'catch'>
}

export interface TemplateSet {
  byNn: Map<string, ElementTemplate>
  /** nn of text nodes (`<block>{{i.v}}</block>`). */
  textNn: string
}

/**
 * Reads the build's base.wxml, the one place that says how Taro's data tree becomes WeChat elements and
 * which element binds which event to Taro's handler `eh`. Level 0 is enough: deeper levels repeat it
 * (asserted here, so a build that changes that is noticed).
 */
export function loadTemplates(buildDir: string): TemplateSet {
  const wxml = fs.readFileSync(path.join(buildDir, 'base.wxml'), 'utf8')
  const blocks = new Map<string, string>()
  for (const m of wxml.matchAll(
    /<template name="([^"]+)">([\s\S]*?)<\/template>\s*(?=<template name=|<wxs|$)/g,
  ))
    blocks.set(m[1] as string, (m[2] as string).trim())

  const byNn = new Map<string, ElementTemplate>()
  let textNn = ''
  for (const [name, body] of blocks) {
    const m = /^tmpl_(\d+)_(\d+)(_focus|_blur)?$/.exec(name)
    if (!m) continue
    const [, level, nn, variant] = m as unknown as [string, string, string, string | undefined]
    if (/^<block>\{\{i\.v\}\}<\/block>$/.test(body)) {
      textNn = nn
      continue
    }
    const open = /^<([a-z-]+)([^>]*)>/.exec(body)
    if (!open || open[1] === 'template' || open[1] === 'block') continue
    const parsed = parseElement(nn, open[1] as string, open[2] as string)
    const known = byNn.get(nn)
    if (known) {
      if (JSON.stringify(known.events) !== JSON.stringify(parsed.events))
        throw new Error(
          `base.wxml: ${name} binds events differently from level 0 (${variant ?? ''} level ${level})`,
        )
      continue
    }
    byNn.set(nn, parsed)
  }
  if (!textNn) throw new Error('base.wxml: no text-node template found')
  return { byNn, textNn }
}

function parseElement(nn: string, tag: string, attrs: string): ElementTemplate {
  const fields: Record<string, string> = {}
  const events: Record<string, 'bind' | 'catch'> = {}
  for (const m of attrs.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) {
    const [, name, value] = m as unknown as [string, string, string]
    const event = /^(bind|catch):?([a-z]+)$/.exec(name)
    if (event) {
      // Taro routes every event through one handler; anything else would need its own delivery here.
      if (value !== 'eh') throw new Error(`base.wxml: ${tag} ${name}="${value}" is not Taro's eh handler`)
      events[event[2] as string] = event[1] as 'bind' | 'catch'
      continue
    }
    const field = /\{\{(?:xs\.b\()?i\.([a-zA-Z0-9]+)/.exec(value)
    if (field) fields[name] = field[1] as string
  }
  return { nn, tag, fields, events }
}
