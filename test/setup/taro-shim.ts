/**
 * `@tarojs/taro` in jest: Taro's H5 implementation, the same code the H5 build ships. At build time
 * babel-plugin-transform-taroapi rewrites `Taro.request(...)` into a named import of the H5 API; jest
 * does not run that plugin, so this gathers the named APIs onto one default object (which tests can
 * also spy on: `jest.spyOn(Taro, 'request')`).
 */
import * as h5 from '@tarojs/taro-h5'

const Taro = { ...(h5.default as object), ...h5 } as typeof h5.default & typeof h5

export * from '@tarojs/taro-h5'
export default Taro
