import { AxiosError, AxiosHeaders, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'

import { ApiError, toApiError } from '@/api/http/api-error'

const config = { headers: new AxiosHeaders() } as InternalAxiosRequestConfig

function responseError(status: number, data: unknown): AxiosError {
  const response = { status, data, headers: {}, config, statusText: '' } as AxiosResponse
  return new AxiosError('fail', AxiosError.ERR_BAD_RESPONSE, config, undefined, response)
}

describe('toApiError', () => {
  it('keeps the code, message and details the server sent', () => {
    const error = toApiError(
      responseError(409, {
        error: { code: 'INVALID_TRANSITION', message: '当前状态不能受理', details: { from: 'completed' } },
      }),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', status: 409, message: '当前状态不能受理' })
    expect(error.details).toEqual({ from: 'completed' })
  })

  it('gives a Chinese message by status when the body has none', () => {
    expect(toApiError(responseError(403, '<html>'))).toMatchObject({
      code: 'HTTP_403',
      message: '您没有权限进行此操作',
    })
    expect(toApiError(responseError(502, null))).toMatchObject({
      status: 502,
      message: '服务暂时不可用，请稍后重试',
    })
  })

  it('tells a timeout from a lost connection', () => {
    expect(toApiError(new AxiosError('t', AxiosError.ECONNABORTED, config))).toMatchObject({
      code: 'TIMEOUT',
      status: 0,
      message: '网络超时，请稍后重试',
    })
    expect(toApiError(new AxiosError('n', AxiosError.ERR_NETWORK, config))).toMatchObject({
      code: 'NETWORK_ERROR',
      message: '网络连接失败，请检查网络后重试',
    })
  })

  it('wraps anything else without leaking an English message', () => {
    expect(toApiError(new TypeError('x is undefined'))).toMatchObject({
      code: 'UNKNOWN',
      message: '出了点问题，请稍后重试',
    })
  })
})
