/** @jest-environment node */
import axios, { AxiosError } from 'axios'

import { getMockBackend, mockAdapter, subscribeMockEvents } from '../../../src/api/adapters/mock-adapter'
import { mockSocketTransport } from '../../../src/api/adapters/mock-socket-transport'

const http = axios.create({ baseURL: '/api/v1', adapter: mockAdapter })
const auth = { headers: { Authorization: 'Bearer demo-usr-owner-01' } }

describe('mock adapter', () => {
  afterEach(() => {
    delete process.env.TARO_APP_MOCK_FAIL_RATE
    delete process.env.TARO_APP_MOCK_LATENCY_MS
    getMockBackend().reset()
  })

  it('serves the contract in-process', async () => {
    const res = await http.get('/me', auth)
    expect(res.status).toBe(200)
    expect(res.data.user.name).toBe('程飞')
    const created = await http.post(
      '/conversations/cnv-ent-01-usr-spec-01/messages',
      { clientMsgId: 'a', type: 'text', body: '在吗' },
      auth,
    )
    expect(created.status).toBe(201)
  })

  it('rejects error statuses as axios does, with the body', async () => {
    const error = await http.get('/me').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AxiosError)
    expect((error as AxiosError).response?.status).toBe(401)
    expect((error as AxiosError<{ error: { code: string } }>).response?.data.error.code).toBe(
      'UNAUTHENTICATED',
    )
  })

  it('injects network failures from TARO_APP_MOCK_FAIL_RATE', async () => {
    process.env.TARO_APP_MOCK_FAIL_RATE = '1'
    const error = await http.get('/me', auth).catch((e: unknown) => e)
    expect((error as AxiosError).code).toBe(AxiosError.ERR_NETWORK)
  })

  it('delays answers by TARO_APP_MOCK_LATENCY_MS', async () => {
    process.env.TARO_APP_MOCK_LATENCY_MS = '60'
    const started = Date.now()
    await http.get('/service-types', auth)
    expect(Date.now() - started).toBeGreaterThanOrEqual(50)
  })

  it('delivers pushed events to the token’s holder only', async () => {
    const owner: string[] = []
    const other: string[] = []
    const stopA = await subscribeMockEvents('demo-usr-spec-01', (e) => owner.push(e.type))
    const stopB = await subscribeMockEvents('demo-usr-owner-02', (e) => other.push(e.type))
    await http.post(
      '/conversations/cnv-ent-01-usr-spec-01/messages',
      { clientMsgId: 'b', type: 'text', body: '你好' },
      auth,
    )
    stopA()
    stopB()
    expect(owner).toEqual(['message.created'])
    expect(other).toEqual([])
  })

  it('gives the realtime client a socket with ping/pong and events', async () => {
    const received: string[] = []
    await new Promise<void>((resolve) => {
      const connection = mockSocketTransport.open('demo-usr-owner-01', {
        onOpen: () => connection.send(JSON.stringify({ type: 'ping' })),
        onMessage: (text) => {
          received.push(text)
          connection.close()
          resolve()
        },
        onClose: () => undefined,
      })
    })
    expect(JSON.parse(received[0] ?? '{}')).toEqual({ type: 'pong' })
  })
})
