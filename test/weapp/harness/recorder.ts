// Everything a journey must end without: each kind is asserted empty (or allow-listed) at the end of a test.
export type ProblemKind =
  | 'uncaught-error'
  | 'unhandled-rejection'
  | 'wx-misuse'
  | 'unimplemented-api'
  | 'set-data'
  | 'routing'
  /** A test's queued answer the harness could not give (a picker asked for a file it does not offer). */
  | 'test-setup'

export interface Problem {
  kind: ProblemKind
  message: string
}

export class Recorder {
  readonly problems: Problem[] = []
  /** console output of the mini-program, kept to explain a failure (WeChat shows it in vConsole). */
  readonly logs: string[] = []

  add(kind: ProblemKind, message: string): void {
    this.problems.push({ kind, message })
  }

  of(kind: ProblemKind): string[] {
    return this.problems.filter((p) => p.kind === kind).map((p) => p.message)
  }

  log(level: string, args: unknown[]): void {
    this.logs.push(`[${level}] ${args.map(describe).join(' ')}`)
    if (this.logs.length > 400) this.logs.shift()
  }
}

export function describe(value: unknown): string {
  if (value && typeof value === 'object' && 'stack' in value && typeof value.stack === 'string')
    return value.stack
  if (typeof value === 'string') return value
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
