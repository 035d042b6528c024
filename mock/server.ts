import websocket from '@fastify/websocket'
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify'
import type { WebSocket } from 'ws'

import { API_PREFIX } from '../src/api/contract/routes'
import { BODY_TOO_LARGE_MESSAGE, MAX_JSON_BODY_BYTES } from '../src/api/contract/rules/bodies'
import { FILE_TOO_LARGE_MESSAGE } from '../src/api/contract/rules/uploads'

import { createBackend, type Backend, type MockMode, type MockResponse } from './backend'
import { Multipart, parseMultipart } from './multipart'
import { createFileStore } from './persistence'
import { rateLimitsFromEnv } from './rate-limit'
import { buildSeedDb } from './seed'
import { socketToken, WS_CLOSE_UNAUTHENTICATED, WS_MAX_MESSAGE_BYTES } from './socket'
import { staticFiles } from './static-files'

export interface MockServerOptions {
  host?: string
  /** 0 picks a free port. */
  port?: number
  quiet?: boolean
  /** Defaults to a fresh backend on the real clock (or MOCK_NOW when run as a script). */
  backend?: Backend
  /**
   * Also serve a built H5 app (dist/h5) from the same origin, as the browser journeys and
   * `npm run preview` do: the app's relative /api and its WebSocket then reach this backend.
   */
  staticDir?: string
  /**
   * Only when no `backend` is given: the backend's mode ('test' and 'demo' answer POST /__mock/reset,
   * 'live', the default, does not) and, with `dataDir`, data kept across restarts in
   * dataDir/mock-db.json (written atomically a moment after each change, and on close).
   */
  mode?: MockMode
  dataDir?: string
}

export interface MockServer {
  url: string
  backend: Backend
  close(): Promise<void>
}

const MALFORMED = Symbol('malformed body')
const UNSUPPORTED = Symbol('unsupported body')

const errorReply = (reply: FastifyReply, status: number, code: string, message: string, details?: unknown) =>
  reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(JSON.stringify({ error: { code, message, ...(details !== undefined ? { details } : {}) } }))

function lowerCaseHeaders(request: FastifyRequest): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [key, value] of Object.entries(request.headers)) {
    out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

/**
 * multipart → the backend's upload shape: { file: { name, size, mime, data } }. Only a parsed
 * multipart body is one: a JSON array is a JSON array (the backend refuses it where an object belongs).
 */
function uploadBody(body: unknown): unknown {
  if (!(body instanceof Multipart)) return body
  const part = body.parts.find((p) => p.name === 'file')
  if (!part) return { file: undefined }
  const data = new Uint8Array(part.data.buffer, part.data.byteOffset, part.data.byteLength)
  // WeChat's uploadFile names the part after its temp path (tmp_3.pdf): the picked name comes as the
  // plain field `fileName` (the app sends it on every platform) and wins over the part's filename.
  const named = body.parts
    .find((p) => p.name === 'fileName' && p.filename === undefined)
    ?.data.toString('utf8')
  return {
    file: {
      name: named || part.filename || 'upload',
      size: data.byteLength,
      mime: part.contentType ?? '',
      data,
    },
  }
}

function send(reply: FastifyReply, response: MockResponse) {
  reply.code(response.status).headers(response.headers ?? {})
  const { body } = response
  if (body instanceof Uint8Array)
    return reply.send(Buffer.from(body.buffer, body.byteOffset, body.byteLength))
  if (typeof body === 'string') return reply.send(body)
  return reply.header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(body))
}

/** HTTP + WebSocket over one backend: the contract on loopback, for browsers and contract tests. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const store = !options.backend && options.dataDir ? createFileStore(options.dataDir) : undefined
  const backend =
    options.backend ??
    createBackend({
      mode: options.mode,
      initialDb: store?.load(() => buildSeedDb(new Date())),
      onChange: store ? (db) => store.save(db) : undefined,
    })
  // Uploads may be 10 MB plus multipart framing; the backend itself answers 413 above 10 MB.
  const app = Fastify({
    logger: false,
    bodyLimit: 12 * 1024 * 1024,
    // Errors fastify raises before routing (a broken %-escape in the path) still get the contract's body.
    frameworkErrors: (_error, _request, reply) => errorReply(reply, 404, 'NOT_FOUND', '接口不存在'),
  })
  // A frame over WS_MAX_MESSAGE_BYTES makes ws close the socket with 1009 before anything reads it.
  await app.register(websocket, { options: { maxPayload: WS_MAX_MESSAGE_BYTES } })

  app.removeAllContentTypeParsers()
  // JSON bodies have their own, smaller limit than uploads (413 BODY_TOO_LARGE before parsing).
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: MAX_JSON_BODY_BYTES },
    (_req, text, done) => {
      if (text === '') return done(null, undefined)
      try {
        done(null, JSON.parse(text as string))
      } catch {
        done(null, MALFORMED)
      }
    },
  )
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (req, buffer, done) => {
    done(null, parseMultipart(buffer as Buffer, req.headers['content-type']) ?? MALFORMED)
  })
  app.addContentTypeParser(
    '*',
    { parseAs: 'buffer', bodyLimit: MAX_JSON_BODY_BYTES },
    (_req, buffer, done) => {
      done(null, (buffer as Buffer).length ? UNSUPPORTED : undefined)
    },
  )

  if (!options.quiet) {
    app.addHook('onResponse', async (request, reply) => {
      const ms = reply.elapsedTime.toFixed(1)
      console.log(`${new Date().toISOString()} ${request.method} ${request.url} ${reply.statusCode} ${ms}ms`)
    })
  }

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500
    if (status === 413 && /^multipart\//i.test(request.headers['content-type'] ?? ''))
      return errorReply(reply, 413, 'FILE_TOO_LARGE', FILE_TOO_LARGE_MESSAGE)
    if (status === 413) return errorReply(reply, 413, 'BODY_TOO_LARGE', BODY_TOO_LARGE_MESSAGE)
    if (status >= 400 && status < 500) return errorReply(reply, 400, 'VALIDATION_FAILED', '请求格式有误')
    console.error('[mock] server error', error)
    return errorReply(reply, 500, 'INTERNAL', '服务器开小差了，请稍后重试')
  })
  // Precompressed, with long-lived caching for hashed files (static-files.ts).
  const serveStatic = options.staticDir ? staticFiles(options.staticDir) : undefined
  app.setNotFoundHandler((request, reply) => {
    if (!serveStatic || request.url.startsWith(API_PREFIX))
      return errorReply(reply, 404, 'NOT_FOUND', '接口不存在')
    reply.hijack()
    serveStatic(request.raw, reply.raw, () => {
      reply.raw.statusCode = 404
      reply.raw.end()
    })
  })

  // Users' open sockets; events go to every socket of the users concerned.
  const sockets = new Map<string, Set<WebSocket>>()
  const unsubscribe = backend.subscribe((userId, event) => {
    const text = JSON.stringify(event)
    for (const socket of sockets.get(userId) ?? []) if (socket.readyState === socket.OPEN) socket.send(text)
  })

  app.route({
    method: 'GET',
    url: `${API_PREFIX}/ws`,
    handler: async (request, reply) =>
      send(reply, await backend.handle({ method: 'GET', path: request.url, headers: {} })),
    wsHandler: (socket, request) => {
      const token = socketToken(request.url)
      const userId = token ? backend.userIdForToken(token) : undefined
      if (!userId) {
        socket.send(
          JSON.stringify({
            type: 'error',
            data: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' },
          }),
        )
        socket.close(WS_CLOSE_UNAUTHENTICATED, 'unauthenticated')
        return
      }
      const mine = sockets.get(userId) ?? new Set<WebSocket>()
      mine.add(socket)
      sockets.set(userId, mine)
      socket.on('message', (raw) => {
        let message: { type?: unknown }
        try {
          message = JSON.parse(String(raw)) as { type?: unknown }
        } catch {
          return // a socket that sends garbage is ignored, not dropped
        }
        if (message?.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }))
      })
      socket.on('close', () => mine.delete(socket))
      socket.on('error', () => mine.delete(socket))
    },
  })

  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    url: `${API_PREFIX}/*`,
    handler: async (request, reply) => {
      // Same-origin through the H5 dev proxy needs none of this; a direct browser call does.
      reply.header('access-control-allow-origin', '*')
      if (request.method === 'OPTIONS') {
        return reply
          .code(204)
          .header('access-control-allow-headers', 'authorization, content-type, idempotency-key')
          .header('access-control-allow-methods', 'GET, POST, PUT, DELETE, OPTIONS')
          .send()
      }
      if (request.body === MALFORMED)
        return errorReply(reply, 400, 'VALIDATION_FAILED', '请求体不是合法的 JSON')
      if (request.body === UNSUPPORTED) return errorReply(reply, 400, 'VALIDATION_FAILED', '请求体须为 JSON')
      const response = await backend.handle({
        method: request.method,
        path: request.url,
        headers: lowerCaseHeaders(request),
        body: uploadBody(request.body),
        // The socket's address, never a header a client could set (no proxy in front of the mock).
        ip: request.ip,
      })
      return send(reply, response)
    },
  })

  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 9527 })
  const { port } = app.server.address() as { port: number }
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    backend,
    async close() {
      unsubscribe()
      for (const set of sockets.values()) for (const socket of set) socket.terminate()
      await app.close()
      store?.flush()
    },
  }
}

/** MOCK_NOW (ISO) pins the seed clock at start; time then runs on from there. */
function clockFromEnv(): (() => Date) | undefined {
  const pinned = process.env.MOCK_NOW ? Date.parse(process.env.MOCK_NOW) : NaN
  if (Number.isNaN(pinned)) return undefined
  const offset = pinned - Date.now()
  return () => new Date(Date.now() + offset)
}

/** MOCK_MODE: test | demo | live (default). */
function modeFromEnv(value: string | undefined): MockMode {
  if (!value) return 'live'
  if (value === 'test' || value === 'demo' || value === 'live') return value
  throw new Error(`MOCK_MODE must be test, demo or live, not "${value}"`)
}

async function main() {
  const host = process.env.MOCK_HOST ?? '127.0.0.1'
  const port = Number(process.env.MOCK_PORT ?? 9527)
  const staticDir = process.env.MOCK_STATIC_DIR || undefined
  const mode = modeFromEnv(process.env.MOCK_MODE)
  const dataDir = process.env.MOCK_DATA_DIR || undefined
  const now = clockFromEnv()
  const store = dataDir ? createFileStore(dataDir) : undefined
  const server = await startMockServer({
    host,
    port,
    staticDir,
    backend: createBackend({
      now,
      mode,
      rateLimits: rateLimitsFromEnv(process.env.MOCK_RATE_LIMITS),
      initialDb: store?.load(() => buildSeedDb(now ? now() : new Date())),
      onChange: store ? (db) => store.save(db) : undefined,
    }),
  })
  console.log(`企服管家 mock backend on ${server.url}${API_PREFIX} (WebSocket ${API_PREFIX}/ws)`)
  console.log(
    `mode ${mode}${mode === 'live' ? ' (no /__mock/reset)' : ''}; ` +
      (store ? `data kept in ${store.file}` : 'data in memory only (set MOCK_DATA_DIR to keep it)'),
  )
  let closing = false
  const stop = async (signal: string) => {
    if (closing) return
    closing = true
    console.log(`${signal}: closing`)
    await server.close()
    store?.flush()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

if (/mock[\\/]server\.[cm]?[tj]s$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
