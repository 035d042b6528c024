/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5'
    TARO_APP_API_MODE?: 'mock' | 'remote'
    TARO_APP_API_BASE_URL?: string
    TARO_APP_MOCK_LATENCY_MS?: string
    TARO_APP_MOCK_FAIL_RATE?: string
    TARO_APP_SUBSCRIBE_PROGRESS_TEMPLATE?: string
    TARO_APP_SUBSCRIBE_REMINDER_TEMPLATE?: string
    TARO_APP_SUBSCRIBE_WAITLIST_TEMPLATE?: string
  }
}

// Taro's React page hooks (useDidShow, ...); untyped, used only by the jest shim of @tarojs/taro.
declare module '@tarojs/plugin-framework-react/dist/runtime'
