import Taro from '@tarojs/taro'
import axios, { AxiosError } from 'axios'

import { taroRequestAdapter } from '@/api/adapters/taro-request-adapter'

type RequestOptions = Parameters<typeof Taro.request>[0]

function fakeRequest(answer: (options: RequestOptions) => void) {
  const abort = jest.fn()
  const spy = jest.spyOn(Taro, 'request').mockImplementation(((options: RequestOptions) => {
    setTimeout(() => answer(options), 0)
    return Object.assign(Promise.resolve(), { abort })
  }) as unknown as typeof Taro.request)
  return { spy, abort }
}

const client = axios.create({ baseURL: 'https://api.example.test/api/v1', adapter: taroRequestAdapter })

describe('taroRequestAdapter', () => {
  it('sends method, full URL with query, JSON body and headers, and parses the JSON answer', async () => {
    const { spy } = fakeRequest((options) =>
      options.success?.({
        data: '{"id":"r1"}',
        statusCode: 201,
        header: { 'Content-Type': 'application/json', 'X-Trace': 'abc' },
        errMsg: 'request:ok',
        cookies: [],
      } as never),
    )
    const response = await client.post(
      '/service-requests',
      { serviceType: 'bank_account' },
      {
        params: { a: 1 },
        headers: { Authorization: 'Bearer t' },
      },
    )

    const options = spy.mock.calls[0]?.[0] as RequestOptions
    expect(options.url).toBe('https://api.example.test/api/v1/service-requests?a=1')
    expect(options.method).toBe('POST')
    expect(JSON.parse(options.data as string)).toEqual({ serviceType: 'bank_account' })
    expect(options.header).toMatchObject({ Authorization: 'Bearer t' })
    expect(response.status).toBe(201)
    expect(response.data).toEqual({ id: 'r1' })
    expect(response.headers['x-trace']).toBe('abc')
  })

  it('rejects a 4xx with the response attached, so its error body can be read', async () => {
    fakeRequest((options) =>
      options.success?.({
        data: '{"error":{"code":"NOT_FOUND","message":"不存在"}}',
        statusCode: 404,
        header: {},
      } as never),
    )
    const error = (await client.get('/salons/x').catch((e: unknown) => e)) as AxiosError
    expect(error).toBeInstanceOf(AxiosError)
    expect(error.response?.status).toBe(404)
    expect(error.response?.data).toEqual({ error: { code: 'NOT_FOUND', message: '不存在' } })
  })

  it('maps a failed request to a network error and a timeout to ECONNABORTED', async () => {
    fakeRequest((options) => options.fail?.({ errMsg: 'request:fail net::ERR_CONNECTION_REFUSED' }))
    await expect(client.get('/me')).rejects.toMatchObject({ code: AxiosError.ERR_NETWORK })
    fakeRequest((options) => options.fail?.({ errMsg: 'request:fail timeout' }))
    await expect(client.get('/me')).rejects.toMatchObject({ code: AxiosError.ECONNABORTED })
  })

  it('aborts the Taro request when the caller cancels', async () => {
    const { abort } = fakeRequest(() => undefined)
    const controller = new AbortController()
    const pending = client.get('/me', { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toMatchObject({ code: AxiosError.ERR_CANCELED })
    expect(abort).toHaveBeenCalled()
  })
  it("leaves no unhandled rejection when the request fails: Taro's task rejects too (offline)", async () => {
    const unhandled: unknown[] = []
    const track = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', track)
    jest.spyOn(Taro, 'request').mockImplementation(((options: RequestOptions) => {
      const task = new Promise((_, reject) =>
        setTimeout(() => {
          options.fail?.({ errMsg: 'Failed to fetch' })
          reject(new TypeError('Failed to fetch'))
        }, 0),
      )
      return Object.assign(task, { abort: jest.fn() })
    }) as unknown as typeof Taro.request)
    try {
      const error = (await client.get('/me').catch((e: unknown) => e)) as AxiosError
      expect(error.code).toBe(AxiosError.ERR_NETWORK)
      // Node reports unhandled rejections after the microtask queue drains: give it a macrotask.
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', track)
    }
  })
})
