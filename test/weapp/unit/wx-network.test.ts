/** @jest-environment node */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import vm from 'node:vm'

import { WebSocketServer } from 'ws'

import { createFiles } from '../harness/wx/files'
import { createNetwork, type WxNetwork } from '../harness/wx/network'

type Result = Record<string, unknown>
type Handler = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => void

// One local server for the file: HTTP routes by path, and a WebSocket echo at /ws.
let server: http.Server
let wss: WebSocketServer
let origin: string
const routes = new Map<string, Handler>()
const seen: { method: string; url: string; headers: http.IncomingHttpHeaders; body: Buffer }[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body })
      const handler = routes.get(req.url!.split('?')[0]!)
      if (handler) handler(req, body, res)
      else res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"nope"}')
    })
  })
  wss = new WebSocketServer({ server, path: '/ws' })
  wss.on('connection', (socket, req) => {
    socket.on('message', (data, isBinary) => {
      if (String(data) === 'bye') socket.close(4000, 'server says bye')
      else socket.send(isBinary ? data : `echo:${String(data)}`, { binary: isBinary })
    })
    socket.send(`hello ${req.headers['x-who'] ?? ''}`.trim())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const client of wss.clients) client.terminate()
  await new Promise((resolve) => wss.close(resolve))
  await new Promise((resolve) => server.close(resolve))
})

let network: WxNetwork
const files = createFiles()
beforeEach(() => {
  routes.clear()
  seen.length = 0
  // The app asks for https://api.example.com; the harness sends it to the local server.
  network = createNetwork({
    resolveUrl: (url) =>
      url
        .replace(/^https:\/\/api\.example\.com/, `http://${origin}`)
        .replace(/^wss:\/\/api\.example\.com/, `ws://${origin}`),
    files,
  })
})
afterEach(() => network.close())

/** Run a callback-style API; resolve with which callback ran and its result, after complete. */
function run(api: (o: object) => unknown, options: object) {
  return new Promise<{ ok: boolean; res: Result; task: unknown }>((resolve) => {
    let outcome: { ok: boolean; res: Result } | undefined
    const task = api({
      ...options,
      success: (res: Result) => (outcome = { ok: true, res }),
      fail: (res: Result) => (outcome = { ok: false, res }),
      complete: () => resolve({ ...outcome!, task }),
    })
  })
}

const json =
  (status: number, value: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, _body, res) =>
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(value))

describe('wx.request', () => {
  it('GET: data becomes the query string; the JSON answer is parsed; headers and cookies come back', async () => {
    routes.set('/items', json(200, { items: [1] }, { 'X-Total': '1', 'Set-Cookie': 'sid=1; Path=/' }))
    const { ok, res } = await run(network.apis.request, {
      url: 'https://api.example.com/items?page=1',
      data: { q: '沙龙 a&b', n: 2 },
      header: { Authorization: 'Bearer t' },
    })
    expect(ok).toBe(true)
    expect(res).toMatchObject({
      data: { items: [1] },
      statusCode: 200,
      errMsg: 'request:ok',
      cookies: ['sid=1; Path=/'],
    })
    expect((res.header as Result)['X-Total']).toBe('1')
    const sent = seen[0]!
    expect(sent.method).toBe('GET')
    expect(sent.url).toBe(`/items?page=1&q=${encodeURIComponent('沙龙 a&b')}&n=2`)
    expect(sent.headers).toMatchObject({
      authorization: 'Bearer t',
      'content-type': 'application/json',
      referer: 'https://servicewechat.com/touristappid/devtools/page-frame.html',
    })
  })

  it('POST/PUT bodies: an object is JSON, or a form when the content-type says so; a string goes as is', async () => {
    routes.set('/echo', (_req, body, res) => res.writeHead(201).end(body))
    await run(network.apis.request, { url: 'https://api.example.com/echo', method: 'POST', data: { a: [1] } })
    await run(network.apis.request, {
      url: 'https://api.example.com/echo',
      method: 'put',
      data: { a: 1, b: 'x y' },
      header: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    const { res } = await run(network.apis.request, {
      url: 'https://api.example.com/echo',
      method: 'DELETE',
      data: '{"raw":true}',
    })
    expect(seen.map((s) => [s.method, s.body.toString()])).toEqual([
      ['POST', '{"a":[1]}'],
      ['PUT', 'a=1&b=x%20y'],
      ['DELETE', '{"raw":true}'],
    ])
    expect(res).toMatchObject({ statusCode: 201, data: { raw: true } })
  })

  it('dataType json falls back to the text; another dataType keeps the text; arraybuffer gives bytes', async () => {
    routes.set('/text', (_req, _body, res) => res.writeHead(200).end('not json'))
    routes.set('/json', json(200, { a: 1 }))
    expect((await run(network.apis.request, { url: 'https://api.example.com/text' })).res.data).toBe(
      'not json',
    )
    expect(
      (await run(network.apis.request, { url: 'https://api.example.com/json', dataType: '其他' })).res.data,
    ).toBe('{"a":1}')
    const { res } = await run(network.apis.request, {
      url: 'https://api.example.com/json',
      responseType: 'arraybuffer',
    })
    expect(Object.prototype.toString.call(res.data)).toBe('[object ArrayBuffer]')
    expect(Buffer.from(res.data as ArrayBuffer).toString()).toBe('{"a":1}')
  })

  it('a 4xx/5xx is success with its status; PATCH, relative URLs and refused connections fail', async () => {
    const notFound = await run(network.apis.request, { url: 'https://api.example.com/missing' })
    expect(notFound).toMatchObject({ ok: true, res: { statusCode: 404, data: { error: 'nope' } } })
    const patch = await run(network.apis.request, { url: 'https://api.example.com/x', method: 'PATCH' })
    expect(patch).toMatchObject({ ok: false, res: { errMsg: 'request:fail method is invalid' } })
    const relative = await run(network.apis.request, { url: '/api/x' })
    expect(relative.res).toEqual({ errMsg: 'request:fail invalid url' })
    const refused = createNetwork({ resolveUrl: () => 'http://127.0.0.1:1/' })
    const down = await run(refused.apis.request, { url: 'https://api.example.com/x' })
    expect(down).toMatchObject({ ok: false, res: { errMsg: 'request:fail ECONNREFUSED' } })
    expect(seen.map((s) => s.url)).toEqual(['/missing'])
  })

  it('timeout and abort fail with WeChat’s reasons; onHeadersReceived sees the headers first', async () => {
    const held: http.ServerResponse[] = []
    routes.set('/slow', (_req, _body, res) => {
      res.writeHead(200, { 'X-Early': 'yes' })
      res.flushHeaders()
      held.push(res)
    })
    const timedOut = await run(network.apis.request, { url: 'https://api.example.com/slow', timeout: 100 })
    expect(timedOut.res).toEqual({ errMsg: 'request:fail timeout' })

    const headers: Result[] = []
    const aborted = new Promise<{ ok: boolean; res: Result }>((resolve) => {
      const task = network.apis.request({
        url: 'https://api.example.com/slow',
        fail: (res: Result) => resolve({ ok: false, res }),
        success: (res: Result) => resolve({ ok: true, res }),
      })
      task.onHeadersReceived((res: Result) => {
        headers.push(res)
        task.abort()
      })
    })
    expect(await aborted).toEqual({ ok: false, res: { errMsg: 'request:fail abort' } })
    expect(headers[0]).toMatchObject({ statusCode: 200, header: { 'X-Early': 'yes' } })
    held.forEach((res) => res.end())
  })

  it('at most 10 at once: the rest wait and go in call order; idle() waits for every callback', async () => {
    const held: http.ServerResponse[] = []
    let open = 0
    let maxOpen = 0
    routes.set('/hold', (_req, _body, res) => {
      open++
      maxOpen = Math.max(maxOpen, open)
      held.push(res)
      res.on('finish', () => open--)
    })
    const done: number[] = []
    for (let i = 0; i < 12; i++) {
      network.apis.request({
        url: `https://api.example.com/hold?i=${i}`,
        success: (res: Result) => done.push((res.data as { i: number }).i),
      })
    }
    expect(network.pending()).toBe(12)
    await waitFor(() => held.length === 10)
    expect(seen.map((s) => s.url)).toEqual(Array.from({ length: 10 }, (_, i) => `/hold?i=${i}`))
    // Answer one at a time: each answer lets the next queued request out.
    let answered = 0
    while (answered < 12) {
      // Until the queue is empty, the previous answer must have let exactly one more request out.
      await waitFor(() => held.length >= Math.min(12, 10 + answered))
      expect(held.length).toBe(Math.min(12, 10 + answered))
      const res = held[answered]!
      const i = Number(new URL(seen[answered]!.url, 'http://x').searchParams.get('i'))
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ i }))
      answered++
    }
    await network.idle()
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i))
    expect(network.pending()).toBe(0)
    expect(maxOpen).toBe(10)
    expect(network.stats()).toMatchObject({ transfers: 12, peakConcurrent: 10, queued: 2 })
    expect(seen.slice(10).map((s) => s.url)).toEqual(['/hold?i=10', '/hold?i=11'])
  })

  it('accepts options and callbacks made in the app’s vm realm', async () => {
    routes.set('/json', json(200, { a: 1 }))
    const sandbox = { request: network.apis.request, result: undefined as unknown }
    const finished = new Promise<void>((resolve) => Object.assign(sandbox, { resolve }))
    vm.runInNewContext(
      `request({ url: 'https://api.example.com/json', method: 'POST', data: new ArrayBuffer(2),
         success(res) { result = res; resolve() } })`,
      sandbox,
    )
    await finished
    expect(sandbox.result).toMatchObject({ statusCode: 200, data: { a: 1 } })
    expect(seen[0]!.body.length).toBe(2)
  })
})

describe('wx.uploadFile / wx.downloadFile', () => {
  it('uploads a registered temp file as multipart with formData; progress reaches 100', async () => {
    routes.set('/files', (req, body, res) => {
      const type = String(req.headers['content-type'])
      const text = body.toString('latin1')
      res.writeHead(201, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          multipart: type.startsWith('multipart/form-data; boundary='),
          field: /name="kind"\r\n\r\nreceipt\r\n/.test(text),
          file: /name="file"; filename="tmp_9.pdf"\r\nContent-Type: application\/pdf\r\n\r\n%PDF-1.4/.test(
            text,
          ),
        }),
      )
    })
    const path = files.register('wxfile://tmp_9.pdf', `%PDF-1.4 ${'x'.repeat(200_000)}`)
    const progress: number[] = []
    const result = new Promise<Result>((resolve) => {
      const task = network.apis.uploadFile({
        url: 'https://api.example.com/files',
        filePath: path,
        name: 'file',
        formData: { kind: 'receipt' },
        header: { Authorization: 'Bearer t' },
        success: resolve,
      })
      task.onProgressUpdate((p: { progress: number }) => progress.push(p.progress))
    })
    const res = await result
    expect(res).toMatchObject({ statusCode: 201, errMsg: 'uploadFile:ok' })
    expect(JSON.parse(res.data as string)).toEqual({ multipart: true, field: true, file: true })
    expect(progress.length).toBeGreaterThan(1)
    expect(progress[progress.length - 1]).toBe(100)
    expect(seen[0]!.headers.authorization).toBe('Bearer t')
  })

  it('fails for a path the harness never handed out', async () => {
    const { ok, res } = await run(network.apis.uploadFile, {
      url: 'https://api.example.com/files',
      filePath: 'wxfile://tmp_nope.jpg',
      name: 'file',
    })
    expect(ok).toBe(false)
    expect(res.errMsg).toBe('uploadFile:fail file not found: wxfile://tmp_nope.jpg')
    expect(seen).toEqual([])
  })

  it('downloads into a new temp path that uploadFile can read', async () => {
    routes.set('/export.csv', (_req, _body, res) =>
      res.writeHead(200, { 'Content-Type': 'text/csv' }).end('a,b\n1,2\n'),
    )
    const { res } = await run(network.apis.downloadFile, { url: 'https://api.example.com/export.csv' })
    expect(res).toMatchObject({ statusCode: 200, errMsg: 'downloadFile:ok' })
    const stored = files.get(res.tempFilePath as string)!
    expect(res.tempFilePath).toMatch(/^wxfile:\/\/tmp_\d+\.csv$/)
    expect(Buffer.from(stored.bytes).toString()).toBe('a,b\n1,2\n')
    expect(stored.mime).toBe('text/csv')
  })
})

describe('wx.connectSocket', () => {
  /** Collect a socket task's events in order. */
  function watch(task: ReturnType<WxNetwork['apis']['connectSocket']>) {
    const events: [string, Result][] = []
    task.onOpen((r: Result) => events.push(['open', r]))
    task.onMessage((r: Result) => events.push(['message', r]))
    task.onClose((r: Result) => events.push(['close', r]))
    task.onError((r: Result) => events.push(['error', r]))
    return events
  }

  it('opens over ws, sends and receives text and binary, and reports the server’s close', async () => {
    const connected: Result[] = []
    const task = network.apis.connectSocket({
      url: 'wss://api.example.com/ws',
      header: { 'X-Who': 'owner' },
      success: (r: Result) => connected.push(r),
    })
    const events = watch(task)
    const sendResults: Result[] = []
    task.send({ data: 'too early', fail: (r: Result) => sendResults.push(r) })
    await waitFor(() => events.some(([type]) => type === 'message'))
    expect(connected).toEqual([{ errMsg: 'connectSocket:ok' }])
    expect(sendResults).toEqual([{ errMsg: 'sendSocketMessage:fail webSocket is not connected' }])
    expect(events.map(([type]) => type)).toEqual(['open', 'message'])
    expect(events[1]![1]).toEqual({ data: 'hello owner' })
    task.send({ data: 'hi', success: (r: Result) => sendResults.push(r) })
    task.send({ data: new Uint8Array([1, 2, 3]).buffer })
    await waitFor(() => events.length === 4)
    expect(events[2]![1]).toEqual({ data: 'echo:hi' })
    expect([...new Uint8Array(events[3]![1].data as ArrayBuffer)]).toEqual([1, 2, 3])
    expect(sendResults[1]).toEqual({ errMsg: 'sendSocketMessage:ok' })
    task.send({ data: 'bye' })
    await waitFor(() => events.some(([type]) => type === 'close'))
    expect(events[events.length - 1]).toEqual(['close', { code: 4000, reason: 'server says bye' }])
    await network.idle()
  })

  it('close() from the app gives onClose 1000; the global onSocket* family follows the latest socket', async () => {
    const globalMessages: Result[] = []
    network.apis.onSocketMessage((r: Result) => globalMessages.push(r))
    const task = network.apis.connectSocket({ url: 'wss://api.example.com/ws' })
    const events = watch(task)
    await waitFor(() => globalMessages.length === 1)
    await expect(network.apis.sendSocketMessage({ data: 'via global' })).resolves.toEqual({
      errMsg: 'sendSocketMessage:ok',
    })
    await waitFor(() => globalMessages.length === 2)
    expect(globalMessages).toEqual([{ data: 'hello' }, { data: 'echo:via global' }])
    const closedWith: Result[] = []
    task.close({ success: (r: Result) => closedWith.push(r) })
    await waitFor(() => events.some(([type]) => type === 'close'))
    expect(closedWith).toEqual([{ errMsg: 'closeSocket:ok' }])
    expect(events[events.length - 1]).toEqual(['close', { code: 1000, reason: 'normal closure' }])
  })

  it('a sixth socket gets connectSocket:ok and then onError "exceed max task count"', async () => {
    const tasks = Array.from({ length: 6 }, () =>
      network.apis.connectSocket({ url: 'wss://api.example.com/ws' }),
    )
    const logs = tasks.map(watch)
    await waitFor(() => logs.every((events) => events.length > 0))
    expect(logs.slice(0, 5).every((events) => events[0]![0] === 'open')).toBe(true)
    expect(logs[5]).toEqual([['error', { errMsg: 'exceed max task count' }]])
    expect(network.stats().socketsRefused).toBe(1)
    await network.idle()
  })

  it('a URL that is not ws(s) fails', async () => {
    const { ok, res } = await run(network.apis.connectSocket, { url: 'https://api.example.com/ws' })
    expect(ok).toBe(false)
    expect(res.errMsg).toBe('connectSocket:fail invalid url')
  })
})

/** Wait for a condition on the event loop (no fixed sleeps): polls on each macrotask, up to 5 s. */
async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time')
    await new Promise((resolve) => setImmediate(resolve))
  }
}
