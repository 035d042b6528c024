import WebSocket from 'ws'

import type { Backend, BackendOptions } from '../../mock/backend'

/**
 * How the contract suite reaches a backend. The suite only ever speaks in contract terms (method, path
 * under /api/v1, headers, JSON body, an upload), so the same tests run in-process against the mock, over
 * HTTP against a mock server it starts itself, or against any server at API_BASE_URL.
 */
export type TransportKind = 'inprocess' | 'http' | 'remote'

export const API_PREFIX = '/api/v1'

// Response bodies are untrusted JSON: tests check them with expect() and the zod schemas, so a loose
// type here keeps assertions readable without pretending the shape is known in advance.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export interface ApiResponse {
  status: number
  /** Lower-case names. */
  headers: Record<string, string>
  /** Parsed JSON, a string for text answers (CSV), bytes for binary ones. */
  body: Json
}

export interface Upload {
  name: string
  mime: string
  data: Uint8Array
  /**
   * The picked name as its own form field, as WeChat's uploadFile sends it (its file part is named
   * after the temp path); in-process it is what the transport would hand the backend as the name.
   */
  fileName?: string
}

export interface ApiRequest {
  method: string
  /** Relative to /api/v1, with the query string: '/salons?when=past'. */
  path: string
  headers?: Record<string, string | undefined>
  body?: unknown
  /** POST /files: multipart field `file` over HTTP, `{ file: {name, size, mime, data} }` in-process. */
  upload?: Upload
  /** Bytes sent as they are (HTTP only): malformed JSON and other abuse. */
  rawBody?: string
}

export interface ContractEvent {
  type: string
  data: Json
}

/** The events one user receives (WebSocket over HTTP, backend.subscribe in-process). */
export interface EventTap {
  readonly events: ContractEvent[]
  waitFor(predicate: (event: ContractEvent) => boolean, timeoutMs?: number): Promise<ContractEvent>
  close(): Promise<void>
}

export interface Transport {
  readonly kind: TransportKind
  /** The server's origin, for HTTP transports. */
  readonly baseUrl?: string
  send(request: ApiRequest): Promise<ApiResponse>
  /** Back to the seed state; false when the server has no reset route (a real backend). */
  reset(): Promise<boolean>
  listen(token: string): Promise<EventTap>
  close(): Promise<void>
}

/** CONTRACT_TRANSPORT picks one transport; unset means both entry files run (plain `jest`). */
export function selectedKinds(): TransportKind[] {
  const wanted = process.env.CONTRACT_TRANSPORT
  if (wanted === 'inprocess') return ['inprocess']
  if (wanted === 'http') return [process.env.API_BASE_URL ? 'remote' : 'http']
  return ['inprocess', process.env.API_BASE_URL ? 'remote' : 'http']
}

/**
 * `backend` configures the mock of the in-process and http kinds (a test's own low rate limits); a
 * remote server is what it is.
 */
export async function createTransport(kind: TransportKind, backend: BackendOptions = {}): Promise<Transport> {
  if (kind === 'inprocess') {
    const { createBackend } = await import('../../mock/backend')
    // Test mode (reset answers) unless a check asks for another.
    return inProcessTransport(createBackend({ mode: 'test', ...backend }))
  }
  if (kind === 'http') {
    const { startMockServer } = await import('../../mock/server')
    const { createBackend } = await import('../../mock/backend')
    const server = await startMockServer({
      port: 0,
      quiet: true,
      backend: createBackend({ mode: 'test', ...backend }),
    })
    return httpTransport('http', server.url, () => server.close())
  }
  const base = process.env.API_BASE_URL
  if (!base) throw new Error('API_BASE_URL is not set')
  return httpTransport('remote', base.replace(/\/+$/, ''), async () => {})
}

class Tap implements EventTap {
  readonly events: ContractEvent[] = []
  private waiters = new Set<() => void>()

  constructor(private readonly onClose: () => Promise<void>) {}

  push(event: ContractEvent) {
    this.events.push(event)
    for (const wake of [...this.waiters]) wake()
  }

  waitFor(predicate: (event: ContractEvent) => boolean, timeoutMs = 2000): Promise<ContractEvent> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.events.find(predicate)
        if (!found) return false
        this.waiters.delete(check)
        clearTimeout(timer)
        resolve(found)
        return true
      }
      const timer = setTimeout(() => {
        this.waiters.delete(check)
        const seen = this.events.map((e) => e.type).join(', ') || 'none'
        reject(new Error(`no matching event within ${timeoutMs} ms (seen: ${seen})`))
      }, timeoutMs)
      if (!check()) this.waiters.add(check)
    })
  }

  close() {
    return this.onClose()
  }
}

function inProcessTransport(backend: Backend): Transport {
  return {
    kind: 'inprocess',
    async send(request) {
      if (request.rawBody !== undefined) throw new Error('raw bodies need an HTTP transport')
      const headers: Record<string, string | undefined> = {}
      for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value
      const body = request.upload
        ? {
            file: {
              name: request.upload.fileName || request.upload.name,
              size: request.upload.data.byteLength,
              mime: request.upload.mime,
              data: request.upload.data,
            },
          }
        : request.body
      if (body !== undefined && !request.upload) headers['content-type'] ??= 'application/json'
      const response = await backend.handle({
        method: request.method,
        path: API_PREFIX + request.path,
        headers,
        // A JSON round trip, as a wire would do: nothing the test keeps is shared with the backend.
        body: body === undefined || request.upload ? body : JSON.parse(JSON.stringify(body)),
      })
      const outHeaders: Record<string, string> = {}
      for (const [name, value] of Object.entries(response.headers ?? {}))
        outHeaders[name.toLowerCase()] = value
      return { status: response.status, headers: outHeaders, body: response.body }
    },
    async reset() {
      backend.reset()
      return true
    },
    async listen(token) {
      const userId = backend.userIdForToken(token)
      if (!userId) throw new Error('listen() needs a valid token')
      let unsubscribe = () => {}
      const tap = new Tap(async () => unsubscribe())
      unsubscribe = backend.subscribe((to, event) => {
        if (to === userId) tap.push(event)
      })
      return tap
    },
    async close() {},
  }
}

function httpTransport(kind: 'http' | 'remote', baseUrl: string, onClose: () => Promise<void>): Transport {
  let hasReset: boolean | undefined

  async function send(request: ApiRequest): Promise<ApiResponse> {
    const headers = new Headers()
    for (const [name, value] of Object.entries(request.headers ?? {})) {
      if (value !== undefined) headers.set(name, value)
    }
    let body: BodyInit | undefined
    if (request.upload) {
      const form = new FormData()
      // Copied into a plain ArrayBuffer: Blob won't take a view that may sit on a SharedArrayBuffer.
      const bytes = new Uint8Array(request.upload.data)
      const blob = new Blob([bytes.buffer as ArrayBuffer], { type: request.upload.mime })
      form.append('file', blob, request.upload.name)
      if (request.upload.fileName !== undefined) form.append('fileName', request.upload.fileName)
      body = form
    } else if (request.rawBody !== undefined) {
      body = request.rawBody
      if (!headers.has('content-type')) headers.set('content-type', 'application/json')
    } else if (request.body !== undefined) {
      body = JSON.stringify(request.body)
      headers.set('content-type', 'application/json')
    }
    const response = await fetch(baseUrl + API_PREFIX + request.path, {
      method: request.method,
      headers,
      body,
    })
    const outHeaders: Record<string, string> = {}
    response.headers.forEach((value, name) => {
      outHeaders[name.toLowerCase()] = value
    })
    const type = outHeaders['content-type'] ?? ''
    let parsed: Json
    if (type.includes('json')) {
      const text = await response.text()
      parsed = text === '' ? undefined : JSON.parse(text)
    } else if (type.startsWith('text/')) {
      // Decode by hand: TextDecoder would swallow the BOM the CSV export promises.
      parsed = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    } else {
      parsed = new Uint8Array(await response.arrayBuffer())
    }
    return { status: response.status, headers: outHeaders, body: parsed }
  }

  return {
    kind,
    baseUrl,
    send,
    async reset() {
      if (hasReset === false) return false
      const response = await send({ method: 'POST', path: '/__mock/reset' })
      hasReset = response.status === 200
      if (kind === 'http' && !hasReset) throw new Error(`mock reset failed: ${response.status}`)
      return hasReset
    },
    async listen(token) {
      const url = `${baseUrl.replace(/^http/, 'ws')}${API_PREFIX}/ws?token=${encodeURIComponent(token)}`
      const socket = new WebSocket(url)
      const tap = new Tap(
        () =>
          new Promise<void>((resolve) => {
            if (socket.readyState === WebSocket.CLOSED) return resolve()
            socket.once('close', () => resolve())
            socket.close()
          }),
      )
      socket.on('message', (raw) => {
        try {
          tap.push(JSON.parse(String(raw)) as ContractEvent)
        } catch {
          tap.push({ type: 'unparsable', data: String(raw) })
        }
      })
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve())
        socket.once('error', reject)
      })
      // 'open' can beat the server's registration of the socket; a pong proves it is listening. A server
      // that doesn't answer pings (the contract only says clients ping) costs half a second, no more.
      socket.send(JSON.stringify({ type: 'ping' }))
      await tap.waitFor((event) => event.type === 'pong', 500).catch(() => undefined)
      return tap
    },
    close: onClose,
  }
}
