/** @jest-environment node */
import vm from 'node:vm'

import { createStorage, ITEM_LIMIT_BYTES, TOTAL_LIMIT_BYTES } from '../harness/wx/storage'

/** Call an async wx API with callbacks and resolve with which one ran and what it got. */
function viaCallbacks(call: (options: object) => unknown, options: object = {}) {
  return new Promise<{ outcome: 'success' | 'fail'; result: Record<string, unknown>; completed: boolean }>(
    (resolve) => {
      let first: { outcome: 'success' | 'fail'; result: Record<string, unknown> } | undefined
      const returned = call({
        ...options,
        success: (result: Record<string, unknown>) => (first = { outcome: 'success', result }),
        fail: (result: Record<string, unknown>) => (first = { outcome: 'fail', result }),
        complete: () => resolve({ ...first!, completed: true }),
      })
      expect(returned).toBeUndefined()
    },
  )
}

describe('wx storage with WeChat semantics', () => {
  it("getStorageSync of a missing key is '' and the async form fails 'data not found'", async () => {
    const { apis } = createStorage()
    expect(apis.getStorageSync('nope')).toBe('')
    const got = await viaCallbacks((o) => apis.getStorage(o), { key: 'nope' })
    expect(got).toEqual({
      outcome: 'fail',
      result: { errMsg: 'getStorage:fail data not found' },
      completed: true,
    })
  })

  it('keeps the type of what was stored and stores a copy, not a reference', () => {
    const { apis } = createStorage()
    const profile = { name: '张三', tags: ['a'], nested: { n: 1 } }
    apis.setStorageSync('n', 42)
    apis.setStorageSync('b', false)
    apis.setStorageSync('s', '42')
    apis.setStorageSync('o', profile)
    apis.setStorageSync('d', new Date(1_700_000_000_000))
    profile.tags.push('mutated after set')
    expect(apis.getStorageSync('n')).toBe(42)
    expect(apis.getStorageSync('b')).toBe(false)
    expect(apis.getStorageSync('s')).toBe('42')
    expect(apis.getStorageSync('o')).toEqual({ name: '张三', tags: ['a'], nested: { n: 1 } })
    const got = apis.getStorageSync('o') as { tags: string[] }
    got.tags.push('mutated after get')
    expect(apis.getStorageSync('o')).toEqual({ name: '张三', tags: ['a'], nested: { n: 1 } })
    expect((apis.getStorageSync('d') as Date).getTime()).toBe(1_700_000_000_000)
  })

  it('stores values made in another realm (the app runs in a vm context)', () => {
    const { apis } = createStorage()
    const foreign = vm.runInNewContext('({ when: new Date(5), list: [1, 2], date: new Date(7) })') as {
      date: unknown
    }
    apis.setStorageSync('x', foreign)
    apis.setStorageSync('d', foreign.date)
    expect(apis.getStorageSync('x')).toEqual({
      when: new Date(5).toISOString(),
      list: [1, 2],
      date: new Date(7).toISOString(),
    })
    expect((apis.getStorageSync('d') as Date).getTime()).toBe(7)
  })

  it('1 MB a key: over it setStorageSync throws WeChat’s message and stores nothing', () => {
    const { apis } = createStorage()
    apis.setStorageSync('big', 'keep')
    // JSON adds two quote bytes; a 3-byte CJK character makes the UTF-8 count, not the length, matter.
    const exactly = 'x'.repeat(ITEM_LIMIT_BYTES - 2)
    apis.setStorageSync('fits', exactly)
    const tooBig = '中'.repeat(Math.ceil(ITEM_LIMIT_BYTES / 3))
    expect(tooBig.length).toBeLessThan(ITEM_LIMIT_BYTES)
    expect(() => apis.setStorageSync('big', tooBig)).toThrow(
      'setStorageSync:fail exceed storage item max length',
    )
    expect(apis.getStorageSync('big')).toBe('keep')
    expect(() => apis.setStorageSync('fits', exactly + 'y')).toThrow(/exceed storage item max length/)
  })

  it('10 MB in all: the write that would pass it fails, sync and async; overwriting a key counts once', async () => {
    const { apis, usedBytes } = createStorage()
    const chunk = 'x'.repeat(ITEM_LIMIT_BYTES - 2)
    for (let i = 0; i < 10; i++) apis.setStorageSync(`k${i}`, chunk)
    expect(usedBytes()).toBe(TOTAL_LIMIT_BYTES)
    apis.setStorageSync('k0', chunk) // replaces itself: still exactly at the limit
    expect(() => apis.setStorageSync('one-more', 1)).toThrow(
      'setStorageSync:fail exceed storage max size 10Mb',
    )
    expect(apis.getStorageInfoSync().keys).not.toContain('one-more')
    const async = await viaCallbacks((o) => apis.setStorage(o), { key: 'one-more', data: 1 })
    expect(async.outcome).toBe('fail')
    expect(async.result.errMsg).toBe('setStorage:fail exceed storage max size 10Mb')
    expect(apis.getStorageSync('one-more')).toBe('')
    apis.removeStorageSync('k1')
    apis.setStorageSync('one-more', 1)
    expect(apis.getStorageSync('one-more')).toBe(1)
  })

  it('getStorageInfoSync reports keys and sizes in KB', () => {
    const { apis } = createStorage()
    expect(apis.getStorageInfoSync()).toEqual({ keys: [], currentSize: 0, limitSize: 10240 })
    apis.setStorageSync('a', 'x'.repeat(3000))
    apis.setStorageSync('b', 1)
    expect(apis.getStorageInfoSync()).toEqual({ keys: ['a', 'b'], currentSize: 3, limitSize: 10240 })
  })

  it('async APIs answer after the call returns, with errMsg, and in call order', async () => {
    const { apis } = createStorage()
    const order: string[] = []
    apis.setStorage({ key: 'k', data: { v: 1 }, success: (r: { errMsg: string }) => order.push(r.errMsg) })
    expect(order).toEqual([])
    const got = await viaCallbacks((o) => apis.getStorage(o), { key: 'k' })
    expect(order).toEqual(['setStorage:ok'])
    expect(got.result).toEqual({ data: { v: 1 }, errMsg: 'getStorage:ok' })
    await viaCallbacks((o) => apis.removeStorage(o), { key: 'k' })
    expect(apis.getStorageSync('k')).toBe('')
  })

  it('returns a Promise when no callback is passed', async () => {
    const { apis } = createStorage({ initial: { saved: [1] } })
    await expect(apis.getStorage({ key: 'saved' })).resolves.toEqual({ data: [1], errMsg: 'getStorage:ok' })
    await expect(apis.getStorage({ key: 'nope' })).rejects.toEqual({
      errMsg: 'getStorage:fail data not found',
    })
    await expect(apis.setStorage({ key: 'a', data: 'b' })).resolves.toEqual({ errMsg: 'setStorage:ok' })
    await expect(apis.getStorageInfo()).resolves.toMatchObject({
      keys: ['saved', 'a'],
      errMsg: 'getStorageInfo:ok',
    })
    await expect(apis.clearStorage()).resolves.toEqual({ errMsg: 'clearStorage:ok' })
    expect(apis.getStorageInfoSync().keys).toEqual([])
  })

  it('a non-string key is a parameter error, worded like WeChat', () => {
    const { apis } = createStorage({ makeError: (errMsg) => ({ errMsg }) })
    expect(() => apis.setStorageSync(7, 'x')).toThrow(
      expect.objectContaining({
        errMsg: 'setStorageSync:fail parameter error: parameter.key should be String instead of Number;',
      }),
    )
  })

  it('a throwing success callback is reported and complete still runs', async () => {
    const errors: unknown[] = []
    const { apis } = createStorage({
      scheduler: { schedule: (fn) => void setTimeout(fn, 0), reportError: (e) => errors.push(e) },
    })
    await new Promise<void>((resolve) => {
      apis.setStorage({
        key: 'k',
        data: 1,
        success: () => {
          throw new Error('app bug')
        },
        complete: () => resolve(),
      })
    })
    expect(errors).toEqual([new Error('app bug')])
    expect(apis.getStorageSync('k')).toBe(1)
  })
})
