/** @jest-environment node */
import { getApi, loadCatalog, parseTypings } from '../harness/wx/catalog'

describe('wx catalog from miniprogram-api-typings', () => {
  const catalog = loadCatalog()

  it('lists every documented API, including the ones the app never calls', () => {
    expect(catalog.names.length).toBeGreaterThan(450)
    for (const name of [
      'request',
      'connectSocket',
      'navigateTo',
      'switchTab',
      'getStorageSync',
      'chooseMedia',
      'login',
    ]) {
      expect(catalog.names).toContain(name)
    }
    expect(getApi(catalog, 'toString')).toBeUndefined()
    expect(getApi(catalog, 'fetch')).toBeUndefined()
  })

  it('reads request: required url, the documented methods, task return, callbacks', () => {
    const request = getApi(catalog, 'request')!
    const props = request.params[0]!.option!.props
    expect(props.url).toMatchObject({ required: true, kinds: ['string'] })
    expect(props.method!.values).toEqual([
      'OPTIONS',
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'TRACE',
      'CONNECT',
    ])
    expect(props.method!.required).toBe(false)
    expect(props.responseType!.values).toEqual(['text', 'arraybuffer'])
    expect(request).toMatchObject({ sync: false, callbacks: true, returnsTask: true, returns: 'RequestTask' })
  })

  it('sees through generic option parameters (navigateTo<T extends NavigateToOption>)', () => {
    const navigateTo = getApi(catalog, 'navigateTo')!
    expect(navigateTo.params[0]!.option!.interface).toBe('NavigateToOption')
    expect(navigateTo.params[0]!.option!.props.url!.required).toBe(true)
    expect(navigateTo.promisify).toBe(true)
  })

  it('marks Sync APIs, listeners and properties', () => {
    expect(getApi(catalog, 'getStorageSync')).toMatchObject({ sync: true, callbacks: false })
    expect(getApi(catalog, 'getStorageSync')!.params[0]).toMatchObject({ name: 'key', optional: false })
    expect(getApi(catalog, 'onSocketMessage')).toMatchObject({ sync: false, callbacks: false })
    expect(getApi(catalog, 'env')!.kind).toBe('property')
  })

  it('the disk-cached catalog equals a fresh parse of the typings', () => {
    expect(parseTypings(undefined, catalog.typingsVersion)).toEqual(catalog)
  })
})
