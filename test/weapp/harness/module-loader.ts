import fs from 'node:fs'
import path from 'node:path'

import type { LogicLayer } from './logic-layer'

interface Module {
  exports: unknown
}

/**
 * WeChat's module system over the build directory: `require` resolves relative to the requiring file
 * (a leading `/` is the package root), `.js` is optional, each file runs once, and nothing outside the
 * build — no node_modules, no Node built-ins — can be required.
 */
export class ModuleLoader {
  private readonly cache = new Map<string, Module>()
  private readonly loading: string[] = []

  constructor(
    private readonly root: string,
    private readonly layer: LogicLayer,
  ) {}

  /** The build file being evaluated right now (Page() and Component() register under it). */
  get current(): string | undefined {
    return this.loading[this.loading.length - 1]
  }

  has(file: string): boolean {
    return this.cache.has(normalise(file))
  }

  exists(file: string): boolean {
    return fs.existsSync(path.join(this.root, normalise(file)))
  }

  /** Loads a build file by its path from the package root, e.g. `app.js` or `pages/home/index`. */
  load(file: string): unknown {
    const key = normalise(file)
    const cached = this.cache.get(key)
    if (cached) return cached.exports
    const full = path.join(this.root, key)
    if (!fs.existsSync(full)) throw new Error(`module "${key}" is not defined`)
    const module: Module = { exports: {} }
    this.cache.set(key, module)
    const factory = this.layer.compile(fs.readFileSync(full, 'utf8'), full)
    const require = (request: string) => this.load(resolve(key, request))
    this.loading.push(key)
    try {
      // window, document, … are passed as undefined, as WeChat's define() does.
      factory.call(module.exports, require, module, module.exports)
    } finally {
      this.loading.pop()
    }
    return module.exports
  }
}

function normalise(file: string): string {
  const clean = path.posix.normalize(file.replace(/^\/+/, ''))
  return clean.endsWith('.js') ? clean : `${clean}.js`
}

function resolve(from: string, request: string): string {
  if (typeof request !== 'string') throw new Error(`require expects a path, got ${typeof request}`)
  const target = request.startsWith('/') ? request : path.posix.join(path.posix.dirname(from), request)
  const normal = path.posix.normalize(target.replace(/^\/+/, ''))
  // A bare name resolves beside the requiring file, like a relative one; past the package root there is
  // nothing (no node_modules, no Node built-ins).
  if (normal.startsWith('..')) throw new Error(`module "${normal}" is not defined`)
  return normal
}
