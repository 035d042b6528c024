import { sha256, toHex, utf8 } from './crypto'
import type { Db, IdempotencyRow } from './db'
import { HttpError } from './errors'
import { stableStringify } from './router'

/** A key answers the same for 24 hours on the backend's clock, then it is forgotten. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000
/** Per user: a flood of fresh keys pushes out only the sender's own oldest ones. */
export const MAX_KEYS_PER_USER = 1000
/** Over every user, whatever the number of users. */
export const MAX_KEYS = 50_000
/** Longer keys are refused, so a key can't be a way to store data either. */
export const MAX_KEY_LENGTH = 128

/**
 * The request as a SHA-256: method, path with query, and the body in a key-order-free form in which
 * upload bytes count by their own hash (not their length). 64 hex characters whatever the body's size.
 */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return toHex(sha256(utf8(`${method} ${path} ${stableStringify(body)}`)))
}

export function checkKey(key: string): void {
  if (key.length > MAX_KEY_LENGTH) {
    throw new HttpError(400, 'VALIDATION_FAILED', '请求编号过长', [
      { path: 'Idempotency-Key', message: `请求编号不能超过 ${MAX_KEY_LENGTH} 个字符` },
    ])
  }
}

/** The answer stored for this slot, unless it has expired (then it is dropped). */
export function recall(db: Db, slot: string, now: number): IdempotencyRow | undefined {
  const row = db.idempotency.get(slot)
  if (row && row.expiresAt <= now) {
    db.idempotency.delete(slot)
    return undefined
  }
  return row
}

/**
 * Keeps a completed answer. The Map's insertion order is the order answers came in, so the oldest
 * are first: expired ones go from the front, and over a bound the user's (or anyone's) oldest goes.
 */
export function remember(db: Db, slot: string, row: Omit<IdempotencyRow, 'expiresAt'>, now: number): void {
  const store = db.idempotency
  for (const [oldSlot, old] of store) {
    if (old.expiresAt > now) break
    store.delete(oldSlot)
  }
  const mine = [...store].filter(([, old]) => old.userId === row.userId)
  for (const [oldSlot] of mine.slice(0, Math.max(0, mine.length - MAX_KEYS_PER_USER + 1)))
    store.delete(oldSlot)
  while (store.size >= MAX_KEYS) {
    const oldest = store.keys().next().value
    if (oldest === undefined) break
    store.delete(oldest)
  }
  store.delete(slot)
  store.set(slot, { ...row, expiresAt: now + IDEMPOTENCY_TTL_MS })
}
