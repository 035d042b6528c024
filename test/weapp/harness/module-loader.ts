import fs from 'node:fs'
import path from 'node:path'

import type { LogicLayer } from './logic-layer'

interface Module {
  exports: unknown
}

export interface Packages {
  /** The subpackage root a build file is in, undefined for the main package. */
  packageOf(file: string): string | undefined
  /** Runs `fn` in a later macrotask, counted as pending work (a subpackage download). */
  later(fn: () => void, label: string): void
}

/** What WeChat's `require.async` rejects with. */
export interface RequireAsyncError {
  mod: string
  errMsg: string
}

/**
 * WeChat's module system over the build directory: `require` resolves relative to the requiring file
 * (a leading `/` is the package root), `.js` is optional, each file runs once, and nothing outside the
 * build — no node_modules, no Node built-ins — can be required.
 *
 * Packages: a file may require its own package's files and the main package's, never another
 * subpackage's (and the main package none of a subpackage's); those are reached with 分包异步化's
 * `require.async(path)`, which answers in a later macrotask (the download) with a Promise of the
 * module's exports, or rejects with `{ mod, errMsg }`.
 */
export class ModuleLoader {
  private readonly cache = new Map<string, Module>()
  private readonly loading: string[] = []
  /** Subpackages fetched by `require.async`, in order. */
  readonly fetchedPackages: string[] = []

  constructor(
    private readonly root: string,
    private readonly layer: LogicLayer,
    private readonly packages: Packages = { packageOf: () => undefined, later: (fn) => setTimeout(fn, 0) },
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
    const require = Object.assign(
      (request: string) => this.load(this.reachable(key, resolve(key, request))),
      {
        async: (request: string) => this.requireAsync(key, request),
      },
    )
    this.loading.push(key)
    try {
      // window, document, … are passed as undefined, as WeChat's define() does.
      factory.call(module.exports, require, module, module.exports)
    } finally {
      this.loading.pop()
    }
    return module.exports
  }

  /** A synchronous require across packages is refused as WeChat refuses it. */
  private reachable(from: string, target: string): string {
    const targetPackage = this.packages.packageOf(target)
    if (targetPackage === undefined || targetPackage === this.packages.packageOf(from)) return target
    throw new Error(
      `module "${target}" is not defined: it is in subpackage ${targetPackage}, which ${from} may only reach with require.async`,
    )
  }

  private requireAsync(from: string, request: string): Promise<unknown> {
    const VmPromise = this.layer.global.Promise as PromiseConstructor
    return new VmPromise((resolveExports, reject) => {
      this.packages.later(() => {
        let target = String(request)
        try {
          target = resolve(from, request)
          const pkg = this.packages.packageOf(target)
          if (pkg !== undefined && !this.fetchedPackages.includes(pkg)) this.fetchedPackages.push(pkg)
          resolveExports(this.load(target))
        } catch (error) {
          const failure: RequireAsyncError = {
            mod: target,
            errMsg: String((error as Error)?.message ?? error),
          }
          reject(failure)
        }
      }, `require.async ${request}`)
    })
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
