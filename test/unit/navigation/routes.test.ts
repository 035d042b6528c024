import Taro from '@tarojs/taro'

import { go, replace } from '@/navigation/go'
import { parseParams, requestPageFor, routes, toPageUrl } from '@/navigation/routes'

describe('page URL builders', () => {
  it('builds each page from its path and encodes every param once', () => {
    expect(routes.requestDetail({ id: 'req-01' })).toBe('/pages/requests/detail/index?id=req-01')
    expect(routes.requestDetail({ id: 'a b&c=d/é?' })).toBe(
      '/pages/requests/detail/index?id=a%20b%26c%3Dd%2F%C3%A9%3F',
    )
    expect(routes.chat({ conversationId: 'cnv-ent-01-usr-spec-04' })).toBe(
      '/pages/chat/index?conversationId=cnv-ent-01-usr-spec-04',
    )
    expect(routes.home()).toBe('/pages/home/index')
  })

  it('leaves optional params out when not given', () => {
    expect(routes.salonForm()).toBe('/admin/salon-form/index')
    expect(routes.salonForm({ id: 'sal-01' })).toBe('/admin/salon-form/index?id=sal-01')
    expect(routes.checkIn({})).toBe('/admin/check-in/index')
  })

  it('gives each role its own request page', () => {
    expect(requestPageFor('specialist', 'req 1')).toBe('/specialist/request/index?id=req%201')
    expect(requestPageFor('owner', 'req 1')).toBe('/pages/requests/detail/index?id=req%201')
  })
})

describe('parsing page params', () => {
  it('decodes what a builder encoded, and drops the router’s own keys and undeclared ones', () => {
    const odd = 'a b&c=d/é?%'
    const query = routes.requestDetail({ id: odd }).split('?')[1] as string
    const raw = Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]))
    expect(parseParams('requestDetail', { ...raw, $taroTimestamp: '1', stamp: '2', other: 'x' })).toEqual({
      id: odd,
    })
  })

  it('reports a missing or empty param as missing and keeps a stray % as given', () => {
    expect(parseParams('salonBookings', {})).toEqual({})
    expect(parseParams('salonBookings', { salonId: '' })).toEqual({})
    expect(parseParams('salonBookings', { salonId: '100%' })).toEqual({ salonId: '100%' })
  })

  it('rebuilds a URL from the page stack without encoding twice', () => {
    expect(toPageUrl('pages/requests/detail/index', { id: 'a%20b', $taroTimestamp: '9' })).toBe(
      '/pages/requests/detail/index?id=a%20b',
    )
    expect(toPageUrl('/pages/salons/detail/index?id=sal%2F1')).toBe('/pages/salons/detail/index?id=sal%2F1')
    expect(toPageUrl('/pages/nowhere/index')).toBeUndefined()
  })
})

describe('opening pages', () => {
  it('switches to a tab page and navigates to any other', async () => {
    await go(routes.services())
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' })
    expect(Taro.navigateTo).not.toHaveBeenCalled()

    await go(routes.requestDetail({ id: 'req 1' }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/requests/detail/index?id=req%201' })
  })

  it('replaces with redirectTo, or switchTab for a tab page', async () => {
    await replace(routes.requestDetail({ id: 'req-01' }))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/requests/detail/index?id=req-01' })
    await replace(routes.salons())
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/salons/index' })
  })
})
