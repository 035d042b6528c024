import fs from 'node:fs'
import path from 'node:path'

import type { Db } from './db'

/** The mock server's data between restarts (MOCK_DATA_DIR): one JSON file, replaced atomically. */
export const DATA_FILE = 'mock-db.json'
const FORMAT = 'qifu-mock-db@1'

/** Maps and bytes as tagged JSON; functions (the db's random source) are left out and come back fresh. */
function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value.entries()] }
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') }
  if (typeof value === 'function') return undefined
  return value
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as { $map?: unknown; $bytes?: unknown }
    if (Array.isArray(tagged.$map)) return new Map(tagged.$map as [unknown, unknown][])
    if (typeof tagged.$bytes === 'string') return new Uint8Array(Buffer.from(tagged.$bytes, 'base64'))
  }
  return value
}

export function serializeDb(db: Db): string {
  return JSON.stringify({ format: FORMAT, db }, replacer)
}

const kindOf = (value: unknown) =>
  value instanceof Map ? 'map' : Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value

/**
 * A saved db, checked against a fresh seed db: every table the seed has must be there with the same
 * kind (a Map stays a Map), or the file is not ours. What cannot be saved (functions) comes from `fresh`.
 * Throws on anything unreadable.
 */
export function reviveDb(text: string, fresh: Db): Db {
  const parsed = JSON.parse(text, reviver) as { format?: unknown; db?: Record<string, unknown> }
  if (parsed?.format !== FORMAT || !parsed.db || typeof parsed.db !== 'object')
    throw new Error(`not a ${FORMAT} file`)
  const saved = parsed.db
  const merged: Record<string, unknown> = { ...fresh }
  for (const [key, value] of Object.entries(fresh)) {
    if (typeof value === 'function') continue
    if (kindOf(saved[key]) !== kindOf(value)) throw new Error(`"${key}" is missing or of the wrong kind`)
    merged[key] = saved[key]
  }
  return merged as unknown as Db
}

export interface DbStore {
  readonly file: string
  /** The saved db, or undefined (no file yet, or one that can't be read: reported, moved aside). */
  load(fresh: () => Db): Db | undefined
  /** Saves soon: many changes in a burst are one write. */
  save(db: Db): void
  /** Writes a pending save now (on shutdown). */
  flush(): void
}

export interface FileStoreOptions {
  /** Quiet time before a write. */
  debounceMs?: number
  /** One line per problem (a torn file at start-up, a failed write). */
  log?: (line: string) => void
}

/**
 * The db in `dir/mock-db.json`. Writes go to a temporary file in the same directory, then rename over
 * the old one, so a crash mid-write leaves the previous file whole, never half of the new one.
 */
export function createFileStore(dir: string, options: FileStoreOptions = {}): DbStore {
  const file = path.resolve(dir, DATA_FILE)
  const debounceMs = options.debounceMs ?? 250
  const log = options.log ?? ((line: string) => console.warn(line))
  let pending: Db | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  const write = (db: Db) => {
    fs.mkdirSync(dir, { recursive: true })
    const temp = `${file}.${process.pid}.tmp`
    try {
      fs.writeFileSync(temp, serializeDb(db))
      fs.renameSync(temp, file)
    } catch (error) {
      log(`[mock] could not save ${file}: ${(error as Error).message}`)
      fs.rmSync(temp, { force: true })
    }
  }

  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    const db = pending
    pending = undefined
    if (db) write(db)
  }

  return {
    file,
    load(fresh) {
      let text: string
      try {
        text = fs.readFileSync(file, 'utf8')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
        log(`[mock] cannot read ${file} (${(error as Error).message}); starting from the seed`)
        return undefined
      }
      try {
        return reviveDb(text, fresh())
      } catch (error) {
        // Kept for a look, out of the way of the next save.
        const aside = `${file}.corrupt-${Date.now()}`
        fs.renameSync(file, aside)
        log(
          `[mock] ${file} is torn or corrupt (${(error as Error).message}); moved to ${aside}, starting from the seed`,
        )
        return undefined
      }
    },
    save(db) {
      pending = db
      if (timer) clearTimeout(timer)
      timer = setTimeout(flush, debounceMs)
      // A pending save must not keep a finished process (a test) alive; shutdown flushes it.
      timer.unref?.()
    },
    flush,
  }
}
