/**
 * `@tarojs/taro` in jest: Taro's H5 implementation, the same code the H5 build ships. At build time
 * babel-plugin-transform-taroapi rewrites `Taro.request(...)` into a named import of the H5 API and
 * Taro's api-loader adds the React page hooks (useDidShow, ...); jest runs neither, so this gathers
 * both onto one default object (which tests can spy on: `jest.spyOn(Taro, 'request')`).
 */
import * as hooks from '@tarojs/plugin-framework-react/dist/runtime'
import * as h5 from '@tarojs/taro-h5'
import React from 'react'
import ReactDOM from 'react-dom'

// The page hooks find React through the runtime's own registry, filled when Taro creates the app.
hooks.createH5NativeComponentConfig(null, React, ReactDOM)

const Taro = { ...(h5.default as object), ...h5, ...(hooks as object) } as typeof h5.default & typeof h5

export * from '@tarojs/taro-h5'
export * from '@tarojs/plugin-framework-react/dist/runtime'
export default Taro
