/** @jest-environment node */
import vm from 'node:vm'

import { checkCall } from '../harness/wx/validate'

const noop = () => undefined

describe('checkCall: wx arguments against the documentation', () => {
  it('request: PATCH is not a WeChat method; GET and PUT are', () => {
    expect(checkCall('request', [{ url: 'https://x/a', method: 'PATCH', success: noop }])).toEqual([
      expect.stringMatching(/wx\.request: method "PATCH" is not one of .*"PUT"/),
    ])
    expect(checkCall('request', [{ url: 'https://x/a', method: 'GET' }])).toEqual([])
    expect(checkCall('request', [{ url: 'https://x/a', method: 'PUT', data: { a: 1 }, header: {} }])).toEqual(
      [],
    )
  })

  it('request: missing url and wrong primitive types are problems', () => {
    expect(checkCall('request', [{ method: 'GET' }])).toEqual(['wx.request: required field url is missing'])
    expect(checkCall('request', [{ url: 'https://x', timeout: '5000' }])).toEqual([
      'wx.request: timeout should be number, got "5000"',
    ])
    expect(checkCall('request', [{ url: 'https://x', success: 'yes' }])).toEqual([
      'wx.request: success should be function, got "yes"',
    ])
    expect(checkCall('request', [])).toEqual(['wx.request: the RequestOption object is missing'])
  })

  it('navigateTo without url is a problem', () => {
    expect(checkCall('navigateTo', [{ success: noop }])).toEqual([
      'wx.navigateTo: required field url is missing',
    ])
    expect(checkCall('navigateTo', [{ url: '/pages/a/index' }])).toEqual([])
  })

  it('flags an unknown API and calling a property', () => {
    expect(checkCall('fetch', [{}])).toEqual([
      expect.stringMatching(/wx\.fetch is not a documented WeChat API/),
    ])
    expect(checkCall('env', [])).toEqual([expect.stringMatching(/wx\.env is not a function/)])
  })

  it('positional arguments: getStorageSync needs a string key', () => {
    expect(checkCall('getStorageSync', ['token'])).toEqual([])
    expect(checkCall('getStorageSync', [])).toEqual(['wx.getStorageSync: argument 1 (key) is missing'])
    expect(checkCall('getStorageSync', [42])).toEqual([
      'wx.getStorageSync: argument 1 (key) should be string, got 42',
    ])
  })

  it('an option object with nothing required may be omitted', () => {
    expect(checkCall('hideLoading', [])).toEqual([])
  })

  it('accepts arguments built in another realm (the app runs in a vm context)', () => {
    const args = vm.runInNewContext(
      '[{ url: "https://x", method: "POST", data: new ArrayBuffer(4), header: { a: "b" }, success() {} }]',
    ) as unknown[]
    expect(checkCall('request', args)).toEqual([])
    const bad = vm.runInNewContext('[{ url: "https://x", data: 5 }]') as unknown[]
    expect(checkCall('request', bad)).toEqual([
      'wx.request: data should be arraybuffer | object | string, got 5',
    ])
  })
})
