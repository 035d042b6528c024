import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

/**
 * WeChat's own template compilers, wcc (WXML + WXS) and wcsc (WXSS), as the miniprogram-compiler package
 * ships them for Linux, run on a build the way WeChat DevTools runs them: every file of the code package
 * in one call, with the custom-component table DevTools passes (`--split` separated), so an `<import>`,
 * a `<wxs>` or a component is resolved as it is on a phone.
 */

export interface CompileError {
  /** Path inside the build, e.g. pages/home/index.wxml ('' when the compiler names no file). */
  file: string
  /** 1-based; 0 when the compiler gives no position. */
  line: number
  column: number
  message: string
}

export interface CompileResult {
  errors: CompileError[]
  /** What the compiler printed on stdout: the generated JS (or JSON in lazy mode). */
  output: string
}

/** The compiler binary, made executable: npm's tarball of miniprogram-compiler drops the x bit. */
export function compilerPath(tool: 'wcc' | 'wcsc'): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `WeChat's ${tool} is only checked here on Linux x64 (this is ${process.platform} ${process.arch})`,
    )
  }
  const file = path.join(
    path.dirname(require.resolve('miniprogram-compiler/package.json')),
    'bin',
    'linux',
    tool,
  )
  if ((fs.statSync(file).mode & 0o111) !== 0o111) fs.chmodSync(file, 0o755)
  return file
}

/** Files of a build with an extension, as './'-prefixed posix paths (the form DevTools passes), sorted. */
export function buildFiles(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map(
      (entry) => `./${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`,
    )
    .filter((file) => !file.startsWith('./node_modules/'))
    .sort()
}

function usingComponents(dir: string, file: string): string[] {
  const json = path.join(dir, file.replace(/\.wxml$/, '.json'))
  if (!fs.existsSync(json)) return []
  const config = JSON.parse(fs.readFileSync(json, 'utf8')) as { usingComponents?: Record<string, string> }
  return Object.keys(config.usingComponents ?? {})
}

const strip = (file: string) => file.replace(/^(\.\/)+/, '')

/** wcc: `file:line:col: message` (lazy mode: `Error -N: ./file:line:col: message`), or `... file not found: ./file`. */
function wccErrors(stderr: string): CompileError[] {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      // Lazy mode prefixes `Error -N: ` to the same message.
      const positioned = /^(?:Error -?\d+:\s*)?(\S+?\.wx[ms]l?):(\d+):(\d+):\s*(.*)$/.exec(line)
      if (positioned) {
        const [, file, row, column, message] = positioned as unknown as [
          string,
          string,
          string,
          string,
          string,
        ]
        return { file: strip(file), line: Number(row), column: Number(column), message }
      }
      const notFound = /file not found:\s*(\S+)/i.exec(line)
      return { file: notFound ? strip(notFound[1] as string) : '', line: 0, column: 0, message: line }
    })
}

/** wcsc: `ERR: ./file(line:col): message`, then a summary line. */
function wcscErrors(stderr: string): CompileError[] {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^error file count/.test(line))
    .map((line) => {
      const positioned = /^ERR: (.+?)\((\d+):(\d+)\):\s*(.*)$/.exec(line)
      if (!positioned) return { file: '', line: 0, column: 0, message: line }
      const [, file, row, column, message] = positioned as unknown as [string, string, string, string, string]
      return { file: strip(file), line: Number(row), column: Number(column), message }
    })
}

function run(
  tool: 'wcc' | 'wcsc',
  dir: string,
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(compilerPath(tool), args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.error) throw result.error
  const signal = result.signal ? `${tool} was killed by ${result.signal}\n` : ''
  return { status: result.status, stdout: result.stdout, stderr: signal + result.stderr }
}

function outcome(
  status: number | null,
  stdout: string,
  stderr: string,
  parse: (s: string) => CompileError[],
) {
  const errors = parse(stderr)
  // A failed run that printed nothing we understand still fails, with what it printed.
  if (status !== 0 && errors.length === 0) {
    errors.push({
      file: '',
      line: 0,
      column: 0,
      message: `exit ${status}: ${stderr.trim() || '(no output)'}`,
    })
  }
  return { errors: status === 0 ? [] : errors, output: stdout }
}

export interface WxmlOptions {
  /**
   * DevTools compiles the package twice: complete code for the view layer (`-cc`, what renders) and a
   * simplified one for the logic layer (`-xc`, only what the logic layer needs of each template).
   */
  target?: 'view' | 'logic'
  /** As for an app with `lazyCodeLoading`: one generated function per page/component (output is JSON). */
  lazy?: boolean
}

/** Compiles every .wxml and .wxs of the build in one wcc call. */
export function compileWxml(dir: string, { target = 'view', lazy = false }: WxmlOptions = {}): CompileResult {
  const wxml = buildFiles(dir, '.wxml')
  const wxs = buildFiles(dir, '.wxs')
  // DevTools' separator: '>_<' and four digits, never met in a path.
  const split = '>_<1024'
  const table = [String(wxml.length)]
  for (const file of wxml) {
    const components = usingComponents(dir, file)
    table.push(file, String(components.length), ...components)
  }
  const lazyArgs = lazy
    ? [
        '-ll',
        wxml
          .filter((file) => fs.existsSync(path.join(dir, file.replace(/\.wxml$/, '.json'))))
          .map((file) => strip(file).replace(/\.wxml$/, ''))
          .join(','),
      ]
    : []
  const mode = target === 'view' ? '-cc' : '-xc'
  const args = ['-d', '--split', split, mode, table.join(split), ...lazyArgs, ...wxml, ...wxs, '-gn', '$gwx']
  const { status, stdout, stderr } = run('wcc', dir, args)
  return outcome(status, stdout, stderr, wccErrors)
}

/**
 * Compiles every .wxss of the build in one wcsc call, page and component styles first with their count
 * (`-pc`), as DevTools does: a file with a .json beside it is a page or component.
 */
export function compileWxss(dir: string): CompileResult {
  const files = buildFiles(dir, '.wxss')
  const isPage = (file: string) => fs.existsSync(path.join(dir, file.replace(/\.wxss$/, '.json')))
  const pages = files.filter(isPage)
  const others = files.filter((file) => !isPage(file))
  const { status, stdout, stderr } = run('wcsc', dir, [
    '-db',
    '-pc',
    String(pages.length),
    ...pages,
    ...others,
  ])
  return outcome(status, stdout, stderr, wcscErrors)
}

export function formatErrors(errors: CompileError[]): string {
  return errors
    .map(
      (error) =>
        `${error.file || '(no file)'}${error.line ? `:${error.line}:${error.column}` : ''} ${error.message}`,
    )
    .join('\n')
}

export interface RenderResult {
  /** The virtual tree wcc's code builds (what the view layer turns into elements). */
  tree: unknown
  /** WXML runtime warnings: a missing import or template, with file:line. */
  warnings: string[]
}

/**
 * Loads wcc's generated code (view target, not lazy) in a fresh vm context and renders one page's template with
 * `data`, as WeChat's view layer would.
 */
export function renderTemplate(output: string, page: string, data: Record<string, unknown>): RenderResult {
  const warnings: string[] = []
  const sandbox: Record<string, unknown> = {
    console: {
      warn: (...args: unknown[]) => warnings.push(args.join(' ')),
      error: (...args: unknown[]) => warnings.push(args.join(' ')),
      log: () => undefined,
    },
    __wxAppCode__: {},
    __vd_version_info__: {},
  }
  // The view layer's code writes to `window`; the logic layer's to `global`.
  sandbox.global = sandbox
  sandbox.window = sandbox
  const context = vm.createContext(sandbox)
  vm.runInContext(`${output}\n;this.__gwx = $gwx`, context)
  const generate = (sandbox.__gwx as (path: string) => unknown)(`./${page}.wxml`)
  if (typeof generate !== 'function') {
    return { tree: null, warnings: [...warnings, `wcc's output has no template for ${page}`] }
  }
  const tree = (generate as (data: unknown, env: unknown, global: unknown) => unknown)(
    data,
    {},
    sandbox.global,
  )
  return { tree, warnings }
}
