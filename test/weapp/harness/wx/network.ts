// wx.request / uploadFile / downloadFile / connectSocket over real sockets (node:http, `ws`), with
// the rules WeChat applies on top of HTTP, so that a remote build talks to the mock server the way a
// phone would:
// - only absolute http(s) / ws(s) URLs; only WeChat's methods (anything else fails 'method is invalid',
//   the DevTools wording); header content-type defaults to application/json;
// - data: GET → query string; a string or ArrayBuffer is sent as is; an object is JSON, or a query
//   string when content-type is x-www-form-urlencoded;
// - dataType 'json' (the default) parses the answer and falls back to the raw text; responseType
//   'arraybuffer' gives an ArrayBuffer; a 4xx/5xx is still `success` with its statusCode;
// - failures are `fail` with 'request:fail <reason>' ('timeout', 'abort', the socket error);
// - request + uploadFile + downloadFile share 10 slots; more wait in a queue and go in call order
//   (base library 1.4.0+); at most 5 sockets, the sixth gets connectSocket:ok then onError
//   'exceed max task count' (what DevTools does).
// What it does not model: cookies (WeChat keeps no cookie jar either), HTTP/2, QUIC, chunked
// transfer callbacks (onChunkReceived), profile data, domain allow-lists, TLS checks.
import http from 'node:http'
import https from 'node:https'

import WebSocket from 'ws'

import { answer, defaultScheduler, deliver, failure, hasCallbacks, type Scheduler } from './callbacks'
import { createFiles, mimeOf, type FileRegistry } from './files'

export const MAX_CONCURRENT_REQUESTS = 10
export const MAX_SOCKETS = 5
const DEFAULT_TIMEOUT_MS = 60_000
const METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT']
const CLOSE_REASONS: Record<number, string> = {
  1000: 'normal closure',
  1001: 'going away',
  1002: 'protocol error',
  1003: 'unsupported data',
  1005: 'no status rcvd',
  1006: 'abnormal closure',
  1007: 'invalid frame payload data',
  1008: 'policy violation',
  1009: 'message too big',
  1010: 'mandatory ext.',
  1011: 'internal server error',
  1015: 'tls handshake',
}

type Fn = (...args: unknown[]) => unknown

export interface NetworkOptions {
  /** Maps the URL the app asked for to where the test's server listens (e.g. https://api… → http://127.0.0.1:port). */
  resolveUrl(url: string): string
  scheduler?: Scheduler
  /** Where uploadFile reads and downloadFile writes. */
  files?: FileRegistry
  /** For the Referer WeChat sends: https://servicewechat.com/{appid}/{version}/page-frame.html. */
  appId?: string
  /** app.json networkTimeout; WeChat's default is 60 s. */
  timeouts?: { request?: number; uploadFile?: number; downloadFile?: number; connectSocket?: number }
}

export interface NetworkStats {
  /** Calls of request + uploadFile + downloadFile. */
  transfers: number
  /** Most transfers in flight at once (never above 10). */
  peakConcurrent: number
  /** Transfers that had to wait for a slot. */
  queued: number
  /** connectSocket calls refused for the 5-socket limit. */
  socketsRefused: number
}

export interface WxNetworkApis {
  request(options: unknown): RequestTask
  uploadFile(options: unknown): UploadTask
  downloadFile(options: unknown): DownloadTask
  connectSocket(options: unknown): SocketTask
  onSocketOpen(listener: unknown): void
  onSocketMessage(listener: unknown): void
  onSocketClose(listener: unknown): void
  onSocketError(listener: unknown): void
  sendSocketMessage(options: unknown): Promise<unknown> | undefined
  closeSocket(options?: unknown): Promise<unknown> | undefined
}

export interface RequestTask {
  abort(): void
  onHeadersReceived(listener: unknown): void
  offHeadersReceived(listener?: unknown): void
}
export interface UploadTask extends RequestTask {
  onProgressUpdate(listener: unknown): void
  offProgressUpdate(listener?: unknown): void
}
export type DownloadTask = UploadTask
export interface SocketTask {
  onOpen(listener: unknown): void
  onMessage(listener: unknown): void
  onClose(listener: unknown): void
  onError(listener: unknown): void
  send(options: unknown): void
  close(options?: unknown): void
}

export interface WxNetwork {
  apis: WxNetworkApis
  /** Transfers and socket handshakes not yet answered (their callbacks not yet run). */
  pending(): number
  /** Same as pending(): the name the harness's settle() uses. */
  inFlight(): number
  /** Resolves once pending() is 0. */
  idle(): Promise<void>
  stats(): NetworkStats
  /** End of test: abort transfers and close sockets; no callbacks run after this. */
  close(): void
}

export function createNetwork(options: NetworkOptions): WxNetwork {
  const scheduler = options.scheduler ?? defaultScheduler
  const files = options.files ?? createFiles()
  const referer = `https://servicewechat.com/${options.appId ?? 'touristappid'}/devtools/page-frame.html`
  const timeoutOf = (api: 'request' | 'uploadFile' | 'downloadFile' | 'connectSocket', given: unknown) =>
    typeof given === 'number' && given > 0 ? given : (options.timeouts?.[api] ?? DEFAULT_TIMEOUT_MS)

  let pendingCount = 0
  let closed = false
  const idleWaiters: (() => void)[] = []
  const stats: NetworkStats = { transfers: 0, peakConcurrent: 0, queued: 0, socketsRefused: 0 }
  const cancels = new Set<() => void>()
  const sockets = new Set<WebSocket>()

  const begin = () => void pendingCount++
  const end = () => {
    pendingCount--
    if (pendingCount === 0) idleWaiters.splice(0).forEach((resolve) => resolve())
  }

  /** Run `fn` in a later macrotask unless the network was closed; errors go to the scheduler. */
  const later = (fn: () => void) =>
    scheduler.schedule(() => {
      if (!closed) fn()
    })

  const call = (listener: unknown, result: object) => {
    if (typeof listener !== 'function') return
    try {
      ;(listener as Fn)({ ...result })
    } catch (error) {
      scheduler.reportError(error)
    }
  }

  // The 10 shared slots of request/uploadFile/downloadFile, and the queue behind them.
  let active = 0
  const waiting: (() => void)[] = []
  const acquire = (start: () => void): (() => void) => {
    stats.transfers++
    if (active < MAX_CONCURRENT_REQUESTS) {
      active++
      stats.peakConcurrent = Math.max(stats.peakConcurrent, active)
      start()
      return () => undefined
    }
    stats.queued++
    waiting.push(start)
    return () => {
      const i = waiting.indexOf(start)
      if (i >= 0) waiting.splice(i, 1)
    }
  }
  const release = () => {
    const next = waiting.shift()
    if (next) {
      stats.peakConcurrent = Math.max(stats.peakConcurrent, active)
      next()
    } else active--
  }

  /**
   * One HTTP exchange with WeChat's task semantics: callbacks once, abort/timeout as failures, the
   * slot released when it ends. `send` writes the body; `onBody` turns the answer into the result.
   */
  function transfer(
    api: 'request' | 'uploadFile' | 'downloadFile',
    raw: unknown,
    prepare: () =>
      | { error: string }
      | {
          url: URL
          method: string
          headers: Record<string, string>
          body?: Buffer
          onSent?: (sent: number, total: number) => void
          onReceived?: (received: number, total: number) => void
          result: (status: number, headers: http.IncomingMessage, body: Buffer) => object
        },
  ) {
    const opts = optionsOf(raw)
    const headerListeners: unknown[] = []
    const progressListeners: unknown[] = []
    let finished = false
    let started = false
    let req: http.ClientRequest | undefined
    let timer: NodeJS.Timeout | undefined
    begin()

    const finish = (ok: boolean, payload: object) => {
      if (finished) return
      finished = true
      if (timer) clearTimeout(timer)
      cancels.delete(cancel)
      if (started) release()
      later(() => deliver(opts, payload, ok, scheduler))
      scheduler.schedule(end)
    }
    const fail = (reason: string) => finish(false, failure(api, reason))
    const cancel = () => {
      unqueue()
      req?.destroy()
      fail('abort')
    }
    cancels.add(cancel)

    let unqueue: () => void = () => undefined
    const plan = prepare()
    if ('error' in plan) {
      fail(plan.error)
    } else {
      unqueue = acquire(() => {
        started = true
        if (finished) return release()
        const body = plan.body
        const headers = { ...plan.headers }
        if (body) headers['Content-Length'] = String(body.length)
        const client = plan.url.protocol === 'https:' ? https : http
        timer = setTimeout(
          () => {
            req?.destroy()
            fail('timeout')
          },
          timeoutOf(api, opts.timeout),
        )
        req = client.request(plan.url, { method: plan.method, headers }, (res) => {
          const header = headerObject(res)
          const cookies = cookiesOf(res)
          for (const listener of headerListeners)
            later(() => call(listener, { header, cookies, statusCode: res.statusCode ?? 0 }))
          const total = Number(res.headers['content-length'] ?? 0)
          const chunks: Buffer[] = []
          let received = 0
          res.on('data', (chunk: Buffer) => {
            chunks.push(chunk)
            received += chunk.length
            plan.onReceived?.(received, total || received)
          })
          res.on('end', () => {
            if (finished) return
            const result = plan.result(res.statusCode ?? 0, res, Buffer.concat(chunks))
            finish(true, { ...result, errMsg: `${api}:ok` })
          })
          res.on('error', (error) => fail(error.message))
        })
        req.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? error.message))
        if (body) writeInChunks(req, body, (sent) => plan.onSent?.(sent, body.length))
        req.end()
      })
    }

    const task: UploadTask = {
      abort: () => {
        if (!finished) cancel()
      },
      onHeadersReceived: (listener) => void headerListeners.push(listener),
      offHeadersReceived: (listener) => remove(headerListeners, listener),
      onProgressUpdate: (listener) => void progressListeners.push(listener),
      offProgressUpdate: (listener) => remove(progressListeners, listener),
    }
    const progress = (result: object) => {
      for (const listener of progressListeners) later(() => call(listener, result))
    }
    return { task, progress }
  }

  const checkUrl = (api: string, url: unknown, schemes: string[]): { url: URL } | { error: string } => {
    if (typeof url !== 'string' || !schemes.some((s) => url.startsWith(`${s}://`)))
      return { error: 'invalid url' }
    try {
      return { url: new URL(options.resolveUrl(url)) }
    } catch {
      return { error: `invalid url (the harness could not resolve ${api} to a server)` }
    }
  }

  const request = (raw: unknown): RequestTask => {
    const opts = optionsOf(raw)
    const { task } = transfer('request', raw, () => {
      const target = checkUrl('request', opts.url, ['http', 'https'])
      if ('error' in target) return target
      const method = String(opts.method ?? 'GET').toUpperCase()
      if (!METHODS.includes(method)) return { error: 'method is invalid' }
      const headers = headerInput(opts.header)
      const typeKey = Object.keys(headers).find((k) => k.toLowerCase() === 'content-type')
      if (!typeKey) headers['content-type'] = 'application/json'
      headers.Referer = referer
      const contentType = headers[typeKey ?? 'content-type'] ?? ''
      const url = target.url
      let body: Buffer | undefined
      const data = opts.data
      if (data !== undefined && data !== null) {
        if (method === 'GET') appendQuery(url, data)
        else if (typeof data === 'string') body = Buffer.from(data, 'utf8')
        else if (isArrayBuffer(data)) body = Buffer.from(new Uint8Array(data as ArrayBuffer))
        else if (/x-www-form-urlencoded/i.test(contentType)) body = Buffer.from(queryString(data), 'utf8')
        else body = Buffer.from(JSON.stringify(data), 'utf8')
      }
      return {
        url,
        method,
        headers,
        body,
        result: (statusCode, res, bytes) => {
          let payload: unknown
          if (opts.responseType === 'arraybuffer') payload = toArrayBuffer(bytes)
          else {
            payload = bytes.toString('utf8')
            if (opts.dataType === undefined || opts.dataType === 'json') {
              try {
                payload = JSON.parse(payload as string)
              } catch {
                // WeChat hands back the text when it is not JSON.
              }
            }
          }
          return { data: payload, statusCode, header: headerObject(res), cookies: cookiesOf(res) }
        },
      }
    })
    const { abort, onHeadersReceived, offHeadersReceived } = task
    return { abort, onHeadersReceived, offHeadersReceived }
  }

  const uploadFile = (raw: unknown): UploadTask => {
    const opts = optionsOf(raw)
    let progress: (result: object) => void = () => undefined
    const made = transfer('uploadFile', raw, () => {
      const target = checkUrl('uploadFile', opts.url, ['http', 'https'])
      if ('error' in target) return target
      if (typeof opts.filePath !== 'string')
        return { error: 'parameter error: parameter.filePath should be String' }
      const file = files.get(opts.filePath)
      if (!file) return { error: `file not found: ${opts.filePath}` }
      if (typeof opts.name !== 'string') return { error: 'parameter error: parameter.name should be String' }
      const boundary = `----WeChatHarnessFormBoundary${Math.random().toString(36).slice(2)}`
      const body = multipart(
        boundary,
        opts.name,
        basename(opts.filePath),
        file.mime,
        file.bytes,
        opts.formData,
      )
      const headers = headerInput(opts.header)
      for (const key of Object.keys(headers)) if (key.toLowerCase() === 'content-type') delete headers[key]
      headers['content-type'] = `multipart/form-data; boundary=${boundary}`
      headers.Referer = referer
      return {
        url: target.url,
        method: 'POST',
        headers,
        body,
        onSent: (sent, total) =>
          progress({
            progress: Math.floor((sent / total) * 100),
            totalBytesSent: sent,
            totalBytesExpectedToSend: total,
          }),
        result: (statusCode, _res, bytes) => ({ data: bytes.toString('utf8'), statusCode }),
      }
    })
    progress = made.progress
    return made.task
  }

  const downloadFile = (raw: unknown): DownloadTask => {
    const opts = optionsOf(raw)
    let progress: (result: object) => void = () => undefined
    const made = transfer('downloadFile', raw, () => {
      const target = checkUrl('downloadFile', opts.url, ['http', 'https'])
      if ('error' in target) return target
      const headers = headerInput(opts.header)
      headers.Referer = referer
      return {
        url: target.url,
        method: 'GET',
        headers,
        onReceived: (received, total) =>
          progress({
            progress: Math.floor((received / total) * 100),
            totalBytesWritten: received,
            totalBytesExpectedToWrite: total,
          }),
        result: (statusCode, res, bytes) => {
          const mime = String(res.headers['content-type'] ?? '').split(';')[0] || mimeOf(target.url.pathname)
          if (typeof opts.filePath === 'string') {
            files.register(opts.filePath, bytes, mime)
            return { filePath: opts.filePath, statusCode }
          }
          const ext = /\.([a-z0-9]+)$/i.exec(target.url.pathname)?.[1]
          return { tempFilePath: files.addTemp(bytes, { ext, mime }), statusCode }
        },
      }
    })
    progress = made.progress
    return made.task
  }

  // Sockets. The global onSocket*/sendSocketMessage/closeSocket family acts on the latest socket.
  const global = {
    open: [] as unknown[],
    message: [] as unknown[],
    close: [] as unknown[],
    error: [] as unknown[],
  }
  let latest: SocketTask | undefined

  const connectSocket = (raw: unknown): SocketTask => {
    const opts = optionsOf(raw)
    const listeners = {
      open: [] as unknown[],
      message: [] as unknown[],
      close: [] as unknown[],
      error: [] as unknown[],
    }
    // Set once the URL passes; send/close before that see no socket.
    const conn: { ws?: WebSocket } = {}
    let settled = false
    begin()
    const settle = () => {
      if (settled) return
      settled = true
      scheduler.schedule(end)
    }
    const emit = (type: keyof typeof listeners, result: object) => {
      later(() => {
        for (const listener of listeners[type]) call(listener, result)
        if (latest === task) for (const listener of global[type]) call(listener, result)
      })
      if (type !== 'message') settle()
    }

    const task: SocketTask = {
      onOpen: (listener) => void listeners.open.push(listener),
      onMessage: (listener) => void listeners.message.push(listener),
      onClose: (listener) => void listeners.close.push(listener),
      onError: (listener) => void listeners.error.push(listener),
      send: (sendRaw) => {
        const sendOpts = optionsOf(sendRaw)
        const outcome = (ok: boolean, reason = '') =>
          later(() =>
            deliver(
              sendOpts,
              ok ? { errMsg: 'sendSocketMessage:ok' } : failure('sendSocketMessage', reason),
              ok,
              scheduler,
            ),
          )
        const ws = conn.ws
        if (!ws || ws.readyState !== WebSocket.OPEN) return outcome(false, 'webSocket is not connected')
        const data = sendOpts.data
        if (typeof data === 'string') ws.send(data)
        else if (isArrayBuffer(data)) ws.send(Buffer.from(new Uint8Array(data as ArrayBuffer)))
        else return outcome(false, 'parameter error: parameter.data should be String or ArrayBuffer')
        outcome(true)
      },
      close: (closeRaw) => {
        const closeOpts = optionsOf(closeRaw)
        let result: { errMsg: string } = { errMsg: 'closeSocket:ok' }
        try {
          const code = typeof closeOpts.code === 'number' ? closeOpts.code : 1000
          conn.ws?.close(code, typeof closeOpts.reason === 'string' ? closeOpts.reason : undefined)
        } catch (error) {
          result = failure('closeSocket', (error as Error).message)
        }
        later(() => deliver(closeOpts, result, result.errMsg.endsWith(':ok'), scheduler))
      },
    }
    latest = task

    const target = checkUrl('connectSocket', opts.url, ['ws', 'wss'])
    if ('error' in target) {
      answer('connectSocket', opts, { ok: false, error: failure('connectSocket', target.error) }, scheduler)
      settle()
      return task
    }
    // WeChat answers connectSocket:ok at once; a refused or failed connection arrives as onError.
    later(() => deliver(opts, { errMsg: 'connectSocket:ok' }, true, scheduler))
    if (sockets.size >= MAX_SOCKETS) {
      stats.socketsRefused++
      emit('error', { errMsg: 'exceed max task count' })
      return task
    }
    const protocols = Array.isArray(opts.protocols) ? (opts.protocols as unknown[]).map(String) : []
    const socket = new WebSocket(target.url, protocols, {
      headers: { ...headerInput(opts.header), Referer: referer },
      handshakeTimeout: timeoutOf('connectSocket', opts.timeout),
    })
    conn.ws = socket
    sockets.add(socket)
    let openHeader: Record<string, string> = {}
    socket.on('upgrade', (res) => (openHeader = headerObject(res)))
    socket.on('open', () => emit('open', { header: openHeader, profile: {} }))
    socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
      const bytes = Buffer.isBuffer(data)
        ? data
        : Array.isArray(data)
          ? Buffer.concat(data)
          : Buffer.from(new Uint8Array(data))
      emit('message', { data: isBinary ? toArrayBuffer(bytes) : bytes.toString('utf8') })
    })
    socket.on('error', (error) => emit('error', { errMsg: error.message }))
    socket.on('close', (code, reason) => {
      sockets.delete(socket)
      emit('close', { code, reason: reason.toString('utf8') || CLOSE_REASONS[code] || '' })
    })
    return task
  }

  const apis: WxNetworkApis = {
    request,
    uploadFile,
    downloadFile,
    connectSocket,
    onSocketOpen: (listener) => void global.open.push(listener),
    onSocketMessage: (listener) => void global.message.push(listener),
    onSocketClose: (listener) => void global.close.push(listener),
    onSocketError: (listener) => void global.error.push(listener),
    sendSocketMessage: (raw) => {
      if (!latest) {
        const error = failure('sendSocketMessage', 'webSocket is not connected')
        return answer('sendSocketMessage', raw, { ok: false, error }, scheduler)
      }
      return viaTask(raw, latest.send)
    },
    closeSocket: (raw) => {
      if (!latest)
        return answer('closeSocket', raw, { ok: false, error: failure('closeSocket', '') }, scheduler)
      return viaTask(raw, latest.close)
    },
  }

  return {
    apis,
    pending: () => pendingCount,
    inFlight: () => pendingCount,
    idle: () =>
      new Promise<void>((resolve) => {
        if (pendingCount === 0) resolve()
        else idleWaiters.push(resolve)
      }),
    stats: () => ({ ...stats }),
    close: () => {
      closed = true
      for (const cancel of [...cancels]) cancel()
      for (const socket of sockets) socket.terminate()
      sockets.clear()
    },
  }
}

/** The promisified global socket APIs: a Promise when no callback is given, as WeChat does. */
function viaTask(raw: unknown, run: (options: unknown) => void): Promise<unknown> | undefined {
  if (hasCallbacks(raw)) return void run(raw)
  return new Promise((resolve, reject) => run({ ...optionsOf(raw), success: resolve, fail: reject }))
}

function optionsOf(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

function remove(list: unknown[], listener: unknown): void {
  if (listener === undefined) list.splice(0)
  else {
    const i = list.indexOf(listener)
    if (i >= 0) list.splice(i, 1)
  }
}

function isArrayBuffer(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]'
}

function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.length)
  new Uint8Array(copy).set(bytes)
  return copy
}

function headerInput(header: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(optionsOf(header))) {
    if (value !== undefined && value !== null) out[key] = String(value)
  }
  return out
}

/** Response headers with the server's own spelling; repeated ones joined with ',' as WeChat does. */
function headerObject(res: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {}
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    const key = res.rawHeaders[i]!
    const value = res.rawHeaders[i + 1]!
    out[key] = key in out ? `${out[key]},${value}` : value
  }
  return out
}

function cookiesOf(res: http.IncomingMessage): string[] {
  return (res.headers['set-cookie'] ?? []).map((c) => c.trim())
}

function queryString(data: unknown): string {
  if (typeof data === 'string') return data
  return Object.entries(optionsOf(data))
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
}

function appendQuery(url: URL, data: unknown): void {
  const query = queryString(data)
  if (!query) return
  url.search = url.search ? `${url.search}&${query}` : `?${query}`
}

function basename(path: string): string {
  return (
    path
      .replace(/^[a-z]+:\/\//i, '')
      .split('/')
      .pop() || 'file'
  )
}

function multipart(
  boundary: string,
  name: string,
  filename: string,
  mime: string,
  bytes: Uint8Array,
  formData: unknown,
): Buffer {
  const parts: Buffer[] = []
  for (const [key, value] of Object.entries(optionsOf(formData))) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${String(value)}\r\n`,
      ),
    )
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: ${mime}\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  )
  return Buffer.concat(parts)
}

/** Write the body in 64 KB pieces so that upload progress has steps; the last report is 100. */
function writeInChunks(req: http.ClientRequest, body: Buffer, onSent: (sent: number) => void): void {
  const size = 64 * 1024
  for (let offset = 0; offset < body.length; offset += size) {
    const end = Math.min(offset + size, body.length)
    req.write(body.subarray(offset, end), () => onSent(end))
  }
}
