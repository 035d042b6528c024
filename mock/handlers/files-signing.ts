import { API_PREFIX } from '../../src/api/contract/routes'
import { FILE_URL_TTL_MS } from '../../src/api/contract/schemas/file'
import { toIso } from '../clock'
import { constantTimeEqual, hmacSha256, randomBytes, toBase64Url, utf8 } from '../crypto'

/**
 * Signed file urls. The db keeps a file's url unsigned (`/api/v1/files/<id>`, in FileRefs and in the
 * body of image messages); every answer and every event signs it on the way out, so a url is always
 * fresh, whichever route or replay carries it. A signed url is
 * `/api/v1/files/<id>?expires=<unix seconds>&signature=<base64url HMAC-SHA256(secret, "<id>.<expires>")>`:
 * bound to the file and to its expiry, loadable by an <image> without a token until then.
 */
export interface FileUrls {
  /** A url for `id` that loads without a token until FILE_URL_TTL_MS from `now`. */
  sign(id: string, now: Date): { url: string; urlExpiresAt: string }
  /** True when `expires` and `signature` (the url's query) were signed for `id` and are still valid. */
  verify(id: string, expires: string | undefined, signature: string | undefined, now: Date): boolean
  /**
   * The same JSON with every stored file url signed: FileRefs ({id, url, mime, …} with the unsigned
   * url) get `url` and `urlExpiresAt`, image messages a signed `body`. Walks without recursion.
   */
  signAll<T>(value: T, now: Date): T
}

const FILES_PATH = `${API_PREFIX}/files/`

export const unsignedFileUrl = (id: string) => `${FILES_PATH}${encodeURIComponent(id)}`

/**
 * The file id a url of ours names (signed or not, relative or with an origin), or undefined for any
 * other url.
 */
export function fileIdOfUrl(url: string): string | undefined {
  const path = url.replace(/^https?:\/\/[^/]+/i, '').split(/[?#]/, 1)[0] ?? ''
  if (!path.startsWith(FILES_PATH)) return undefined
  const rest = path.slice(FILES_PATH.length)
  if (!rest || rest.includes('/')) return undefined
  try {
    return decodeURIComponent(rest)
  } catch {
    return undefined
  }
}

/** `secret`: the server's key, random per backend (never in the db, never in an answer). */
export function createFileUrls(secret: Uint8Array = randomBytes(32)): FileUrls {
  const signature = (id: string, expires: string) => toBase64Url(hmacSha256(secret, utf8(`${id}.${expires}`)))

  const sign: FileUrls['sign'] = (id, now) => {
    const expiresMs = now.getTime() + FILE_URL_TTL_MS
    const expires = String(Math.floor(expiresMs / 1000))
    return {
      url: `${unsignedFileUrl(id)}?expires=${expires}&signature=${signature(id, expires)}`,
      urlExpiresAt: toIso(new Date(Number(expires) * 1000)),
    }
  }

  const verify: FileUrls['verify'] = (id, expires, given, now) => {
    if (!expires || !given || !/^\d{1,12}$/.test(expires)) return false
    if (Number(expires) * 1000 <= now.getTime()) return false
    return constantTimeEqual(signature(id, expires), given)
  }

  const isUnsigned = (url: unknown, id?: string): url is string =>
    typeof url === 'string' &&
    url.startsWith(FILES_PATH) &&
    !url.includes('?') &&
    (id === undefined || url === unsignedFileUrl(id))

  function signAll<T>(value: T, now: Date): T {
    const stack: unknown[] = [value]
    while (stack.length) {
      const current = stack.pop()
      if (current === null || typeof current !== 'object' || current instanceof Uint8Array) continue
      if (Array.isArray(current)) {
        stack.push(...current)
        continue
      }
      const record = current as Record<string, unknown>
      if (
        typeof record.id === 'string' &&
        typeof record.mime === 'string' &&
        isUnsigned(record.url, record.id)
      ) {
        Object.assign(record, sign(record.id, now))
      } else if (record.type === 'image' && isUnsigned(record.body)) {
        const id = fileIdOfUrl(record.body)
        if (id) record.body = sign(id, now).url
      }
      for (const child of Object.values(record)) if (child && typeof child === 'object') stack.push(child)
    }
    return value
  }

  return { sign, verify, signAll }
}
