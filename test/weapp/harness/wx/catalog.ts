// The catalog of WeChat's `wx` API, read from WeChat's own published typings (miniprogram-api-typings)
// rather than a hand list, so that "every documented API" and "the documented arguments" mean what
// WeChat documents. The .d.ts is parsed (syntax only, no type checker) into plain JSON-able data.
//
// Parsing the 1.6 MB lib.wx.api.d.ts costs about 0.8 s (plus loading typescript itself), and jest
// gives every test file a fresh module registry, so the result is kept in memory for the process and
// also written to node_modules/.cache keyed by the typings version: later test files read ~0.2 MB of
// JSON instead.
import fs from 'node:fs'
import path from 'node:path'

import type * as TS from 'typescript'

// Bump when the shape of ApiSpec changes, so that stale disk caches are ignored.
const SCHEMA = 4

/** A JSON-able description of a documented type, enough to check a value at run time. */
export interface TypeSpec {
  /**
   * Accepted kinds: 'string' | 'number' | 'boolean' | 'object' | 'array' | 'arraybuffer' | 'function'
   * | 'null' | 'undefined' | 'any'. 'any' means the typings do not constrain the value.
   */
  kinds: string[]
  /** Literal values accepted besides `kinds` (a union such as 'GET' | 'POST' has only these). */
  values?: (string | number | boolean)[]
}

export interface PropSpec extends TypeSpec {
  required: boolean
}

export interface ParamSpec {
  name: string
  optional: boolean
  type: TypeSpec
  /** Set when the parameter is an option object: the interface's name and its documented properties. */
  option?: { interface: string; props: Record<string, PropSpec> }
}

export interface ApiSpec {
  name: string
  /** 'method' for functions; 'property' for the few non-function members (cloud, env, router, worklet). */
  kind: 'method' | 'property'
  /** Named `...Sync`: returns its result (or throws) instead of calling back. */
  sync: boolean
  /** Returns a Promise when none of success/fail/complete is given (typed PromisifySuccessResult). */
  promisify: boolean
  /**
   * Takes an option object with success/fail/complete: the API answers through callbacks (later),
   * never by throwing. Everything else (Sync APIs, onX/offX listeners, createX factories, canIUse)
   * answers synchronously.
   */
  callbacks: boolean
  /** Returns a task object (RequestTask, UploadTask, SocketTask, ...). */
  returnsTask: boolean
  /** The documented return type's name, e.g. 'RequestTask', 'void', 'PromisifySuccessResult'. */
  returns: string
  /** Positional parameters of the (first) signature. */
  params: ParamSpec[]
  /** Number of signatures; argument checks only run on APIs with exactly one. */
  overloads: number
}

export interface WxCatalog {
  typingsVersion: string
  /** Every documented member of `wx`, sorted. */
  names: string[]
  apis: Record<string, ApiSpec>
}

/** The spec of one API, or undefined if WeChat does not document it (safe for names like 'toString'). */
export function getApi(catalog: WxCatalog, name: string): ApiSpec | undefined {
  return Object.prototype.hasOwnProperty.call(catalog.apis, name) ? catalog.apis[name] : undefined
}

let memo: WxCatalog | undefined
let lastLoad: { ms: number; source: 'memory' | 'disk' | 'parse' } | undefined

/** How the last loadCatalog() call was served and what it cost, for the suite's own timing notes. */
export function catalogLoadStats(): { ms: number; source: 'memory' | 'disk' | 'parse' } | undefined {
  return lastLoad
}

export function loadCatalog(options: { cache?: boolean } = {}): WxCatalog {
  const started = performance.now()
  if (memo) {
    lastLoad = { ms: performance.now() - started, source: 'memory' }
    return memo
  }
  const useDisk = options.cache !== false
  const dir = typingsDir()
  const version = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string })
    .version
  const cacheFile = path.join(cacheDir(), `wx-catalog-${version}-v${SCHEMA}.json`)
  if (useDisk) {
    const cached = readCache(cacheFile)
    if (cached) {
      memo = cached
      lastLoad = { ms: performance.now() - started, source: 'disk' }
      return cached
    }
  }
  const parsed = parseTypings(dir, version)
  if (useDisk) writeCache(cacheFile, parsed)
  memo = parsed
  lastLoad = { ms: performance.now() - started, source: 'parse' }
  return parsed
}

function typingsDir(): string {
  return path.dirname(require.resolve('miniprogram-api-typings/package.json'))
}

function cacheDir(): string {
  // node_modules/.cache is where tools keep derived data (and CI caches node_modules with it).
  return path.join(path.dirname(typingsDir()), '.cache', 'weapp-harness')
}

function readCache(file: string): WxCatalog | undefined {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as WxCatalog
    return Array.isArray(data.names) && data.apis ? data : undefined
  } catch {
    return undefined
  }
}

function writeCache(file: string, catalog: WxCatalog): void {
  // Write then rename: parallel jest workers may race, and a reader must never see half a file.
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(tmp, JSON.stringify(catalog))
    fs.renameSync(tmp, file)
  } catch {
    try {
      fs.rmSync(tmp, { force: true })
    } catch {
      // The cache is an optimisation only: a read-only node_modules just means parsing each time.
    }
  }
}

type Decl = TS.InterfaceDeclaration | TS.TypeAliasDeclaration

/** Parse the typings (exported for the catalog's own test, which checks the parse, not the cache). */
export function parseTypings(dir = typingsDir(), version = 'unknown'): WxCatalog {
  // typescript is only loaded on a cache miss: it is a 9 MB module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof TS
  const decls = new Map<string, Decl[]>()
  let wx: TS.InterfaceDeclaration | undefined

  for (const file of ['index.d.ts', 'lib.wx.api.d.ts']) {
    const text = fs.readFileSync(path.join(dir, 'types', 'wx', file), 'utf8')
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const visit = (node: TS.Node): void => {
      if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) {
        const name = node.name.text
        const list = decls.get(name) ?? []
        list.push(node)
        decls.set(name, list)
        if (name === 'Wx' && ts.isInterfaceDeclaration(node)) wx = node
        return
      }
      ts.forEachChild(node, visit)
    }
    visit(sf)
  }
  if (!wx) throw new Error('miniprogram-api-typings: interface Wx not found in lib.wx.api.d.ts')

  const memberName = (name: TS.PropertyName): string =>
    ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText()

  /** Resolve a type node to accepted kinds/values. `generics` maps in-scope type parameters. */
  const resolveType = (
    node: TS.TypeNode | undefined,
    generics: Map<string, TS.TypeNode | undefined>,
    depth = 0,
  ): TypeSpec => {
    const kinds = new Set<string>()
    const values: (string | number | boolean)[] = []
    const add = (spec: TypeSpec) => {
      spec.kinds.forEach((k) => kinds.add(k))
      spec.values?.forEach((v) => values.push(v))
    }
    const walk = (n: TS.TypeNode | undefined, d: number): void => {
      if (!n || d > 12) return void kinds.add('any')
      switch (n.kind) {
        case ts.SyntaxKind.StringKeyword:
          return void kinds.add('string')
        case ts.SyntaxKind.NumberKeyword:
          return void kinds.add('number')
        case ts.SyntaxKind.BooleanKeyword:
          return void kinds.add('boolean')
        case ts.SyntaxKind.UndefinedKeyword:
        case ts.SyntaxKind.VoidKeyword:
          return void kinds.add('undefined')
        case ts.SyntaxKind.ObjectKeyword:
        case ts.SyntaxKind.TypeLiteral:
        case ts.SyntaxKind.MappedType:
          return void kinds.add('object')
        case ts.SyntaxKind.ArrayType:
        case ts.SyntaxKind.TupleType:
          return void kinds.add('array')
        case ts.SyntaxKind.FunctionType:
          return void kinds.add('function')
        case ts.SyntaxKind.ParenthesizedType:
          return walk((n as TS.ParenthesizedTypeNode).type, d + 1)
        case ts.SyntaxKind.UnionType:
          return (n as TS.UnionTypeNode).types.forEach((t) => walk(t, d + 1))
        case ts.SyntaxKind.LiteralType: {
          const lit = (n as TS.LiteralTypeNode).literal
          if (ts.isStringLiteral(lit)) values.push(lit.text)
          else if (ts.isNumericLiteral(lit)) values.push(Number(lit.text))
          else if (lit.kind === ts.SyntaxKind.TrueKeyword) values.push(true)
          else if (lit.kind === ts.SyntaxKind.FalseKeyword) values.push(false)
          else if (lit.kind === ts.SyntaxKind.NullKeyword) kinds.add('null')
          else kinds.add('any')
          return
        }
        case ts.SyntaxKind.TypeReference: {
          const ref = n as TS.TypeReferenceNode
          const name = ts.isIdentifier(ref.typeName) ? ref.typeName.text : ref.typeName.right.text
          if (generics.has(name)) return walk(generics.get(name), d + 1)
          if (name === 'Array' || name === 'ReadonlyArray') return void kinds.add('array')
          if (name === 'ArrayBuffer') return void kinds.add('arraybuffer')
          if (name === 'Record' || name === 'IAnyObject') return void kinds.add('object')
          if (name === 'Function') return void kinds.add('function')
          const found = decls.get(name)?.[0]
          if (!found) return void kinds.add('any')
          if (ts.isInterfaceDeclaration(found)) return void kinds.add('object')
          // A generic alias's parameters are not substituted: unconstrained inside means 'any'.
          const inner = new Map(generics)
          found.typeParameters?.forEach((p) => inner.set(p.name.text, p.constraint ?? p.default))
          return add(resolveType(found.type, inner, d + 1))
        }
        default:
          // any, unknown, conditional and indexed types: the typings do not give a checkable shape.
          return void kinds.add('any')
      }
    }
    walk(node, depth)
    const spec: TypeSpec = { kinds: [...kinds].sort() }
    if (values.length) spec.values = [...new Set(values)]
    return spec
  }

  /** The documented properties of an option interface, following `extends`. */
  const optionProps = (name: string, seen = new Set<string>()): Record<string, PropSpec> | undefined => {
    const list = decls.get(name)
    if (!list || seen.has(name)) return undefined
    seen.add(name)
    const props: Record<string, PropSpec> = {}
    for (const decl of list) {
      if (!ts.isInterfaceDeclaration(decl)) return undefined
      for (const clause of decl.heritageClauses ?? []) {
        for (const base of clause.types) {
          if (ts.isIdentifier(base.expression)) Object.assign(props, optionProps(base.expression.text, seen))
        }
      }
      // Interface-level type parameters (SetStorageOption<T = any>) stay unconstrained.
      const generics = new Map<string, TS.TypeNode | undefined>()
      decl.typeParameters?.forEach((p) => generics.set(p.name.text, p.constraint))
      for (const member of decl.members) {
        if (!ts.isPropertySignature(member) && !ts.isMethodSignature(member)) continue
        if (!member.name) continue
        const type = ts.isMethodSignature(member)
          ? { kinds: ['function'] }
          : resolveType(member.type, generics)
        props[memberName(member.name)] = { ...type, required: !member.questionToken }
      }
    }
    return props
  }

  /** The interface an option parameter names, seen through `T extends XOption` and generics. */
  const optionInterface = (
    node: TS.TypeNode | undefined,
    generics: Map<string, TS.TypeNode | undefined>,
  ): string | undefined => {
    if (!node || !ts.isTypeReferenceNode(node) || !ts.isIdentifier(node.typeName)) return undefined
    const name = node.typeName.text
    if (generics.has(name)) return optionInterface(generics.get(name), new Map())
    const found = decls.get(name)?.[0]
    return found && ts.isInterfaceDeclaration(found) ? name : undefined
  }

  const apis: Record<string, ApiSpec> = {}
  for (const member of wx.members) {
    if (!member.name) continue
    const name = memberName(member.name)
    const existing = Object.prototype.hasOwnProperty.call(apis, name) ? apis[name] : undefined
    if (existing) {
      existing.overloads++
      continue
    }
    if (!ts.isMethodSignature(member)) {
      apis[name] = {
        name,
        kind: 'property',
        sync: false,
        callbacks: false,
        promisify: false,
        returnsTask: false,
        returns: ts.isPropertySignature(member) && member.type ? member.type.getText() : 'any',
        params: [],
        overloads: 1,
      }
      continue
    }
    const generics = new Map<string, TS.TypeNode | undefined>()
    member.typeParameters?.forEach((p) => generics.set(p.name.text, p.constraint ?? p.default))
    const returnNode = member.type
    const returns =
      returnNode && ts.isTypeReferenceNode(returnNode) && ts.isIdentifier(returnNode.typeName)
        ? returnNode.typeName.text
        : returnNode
          ? ts.SyntaxKind[returnNode.kind].replace(/Keyword$/, '').toLowerCase()
          : 'void'
    const params: ParamSpec[] = member.parameters.map((p) => {
      const pname = ts.isIdentifier(p.name) ? p.name.text : 'arg'
      const param: ParamSpec = {
        name: pname,
        optional: !!p.questionToken || !!p.initializer,
        type: resolveType(p.type, generics),
      }
      const iface = optionInterface(p.type, generics)
      const props = iface ? optionProps(iface) : undefined
      if (iface && props) param.option = { interface: iface, props }
      return param
    })
    apis[name] = {
      name,
      kind: 'method',
      sync: name.endsWith('Sync'),
      callbacks: params.some((p) =>
        ['success', 'fail', 'complete'].some((k) => k in (p.option?.props ?? {})),
      ),
      promisify: returns === 'PromisifySuccessResult',
      returnsTask: /Task$/.test(returns),
      returns,
      params,
      overloads: 1,
    }
  }
  return { typingsVersion: version, names: Object.keys(apis).sort(), apis }
}
