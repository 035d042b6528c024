/** @jest-environment node */
import { loadCatalog } from '../harness/wx/catalog'
import { createStorage } from '../harness/wx/storage'
import {
  fillUnimplemented,
  wrapWithValidation,
  type Misuse,
  type UnimplementedCall,
} from '../harness/wx/stubs'

const catalog = loadCatalog()

function setup() {
  const calls: UnimplementedCall[] = []
  const storage = createStorage()
  const implemented = { ...storage.apis } as unknown as Record<string, unknown>
  const wx: Record<string, unknown> = { ...implemented }
  const filled = fillUnimplemented(wx, catalog, (call) => calls.push(call))
  return { wx, calls, filled, implemented }
}

describe('fillUnimplemented', () => {
  it('gives wx every documented name and leaves the implemented ones alone', () => {
    const { wx, filled, implemented } = setup()
    for (const name of catalog.names) expect(wx).toHaveProperty(name)
    expect(wx.getStorageSync).toBe(implemented.getStorageSync)
    expect(filled).not.toContain('getStorageSync')
    expect(filled).toContain('chooseLocation')
    expect(filled.length).toBe(catalog.names.length - Object.keys(implemented).length)
  })

  it('a callback API fails through fail and complete, later, and is recorded', async () => {
    const { wx, calls } = setup()
    const seen: [string, unknown][] = []
    const done = new Promise<void>((resolve) => {
      const returned = (wx.chooseLocation as (o: object) => unknown)({
        success: (r: unknown) => seen.push(['success', r]),
        fail: (r: unknown) => seen.push(['fail', r]),
        complete: (r: unknown) => {
          seen.push(['complete', r])
          resolve()
        },
      })
      expect(returned).toBeUndefined()
      expect(seen).toEqual([])
    })
    await done
    const failure = { errMsg: 'chooseLocation:fail not implemented in the test harness' }
    expect(seen).toEqual([
      ['fail', failure],
      ['complete', failure],
    ])
    expect(calls.map((c) => c.api)).toEqual(['chooseLocation'])
  })

  it('without callbacks a promisified API rejects', async () => {
    const { wx, calls } = setup()
    await expect((wx.getLocation as (o: object) => Promise<unknown>)({ type: 'gcj02' })).rejects.toEqual({
      errMsg: 'getLocation:fail not implemented in the test harness',
    })
    expect(calls).toEqual([{ api: 'getLocation', args: [{ type: 'gcj02' }] }])
  })

  it('synchronous APIs and listeners throw', () => {
    const { wx, calls } = setup()
    expect(() => (wx.getBatteryInfoSync as () => unknown)()).toThrow(
      'getBatteryInfoSync:fail not implemented in the test harness',
    )
    expect(() => (wx.onAccelerometerChange as (f: () => void) => unknown)(() => undefined)).toThrow(
      /onAccelerometerChange:fail/,
    )
    expect(calls.map((c) => c.api)).toEqual(['getBatteryInfoSync', 'onAccelerometerChange'])
  })

  it('reading every member as Taro does at start-up records nothing; using a property stub does', () => {
    const { wx, calls } = setup()
    const kinds = new Set(Object.keys(wx).map((key) => typeof wx[key]))
    expect(kinds).toEqual(new Set(['function', 'object']))
    expect(calls).toEqual([])
    const cloud = wx.cloud as { init: (o: object) => void }
    expect(() => cloud.init({ env: 'x' })).toThrow('cloud.init:fail not implemented in the test harness')
    expect(calls).toEqual([{ api: 'cloud.init', args: [{ env: 'x' }] }])
  })
})

describe('wrapWithValidation', () => {
  it('records misuse and still makes the call; a correct call records nothing', () => {
    const misuse: Misuse[] = []
    const requests: unknown[] = []
    const wx = wrapWithValidation({ request: (o: unknown) => requests.push(o) }, catalog, (m) =>
      misuse.push(m),
    )
    const request = wx.request as (o: object) => void
    request({ url: 'https://x/a', method: 'GET' })
    expect(misuse).toEqual([])
    request({ url: 'https://x/a', method: 'PATCH' })
    expect(misuse).toEqual([
      {
        api: 'request',
        args: [{ url: 'https://x/a', method: 'PATCH' }],
        problems: [expect.stringContaining('method "PATCH" is not one of')],
      },
    ])
    expect(requests).toHaveLength(2)
  })

  it('covers the stubs too, and wrapping twice checks once', async () => {
    const misuse: Misuse[] = []
    const { wx, calls } = setup()
    wrapWithValidation(wx, catalog, (m) => misuse.push(m))
    wrapWithValidation(wx, catalog, (m) => misuse.push(m))
    expect(() => (wx.setStorageSync as (k: unknown, v: unknown) => void)(1, 'x')).toThrow(/parameter error/)
    await expect((wx.makePhoneCall as (o: object) => Promise<unknown>)({})).rejects.toMatchObject({
      errMsg: 'makePhoneCall:fail not implemented in the test harness',
    })
    expect(misuse.map((m) => [m.api, m.problems])).toEqual([
      ['setStorageSync', ['wx.setStorageSync: argument 1 (key) should be string, got 1']],
      ['makePhoneCall', ['wx.makePhoneCall: required field phoneNumber is missing']],
    ])
    expect(calls.map((c) => c.api)).toEqual(['makePhoneCall'])
  })
})
