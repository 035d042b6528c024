// What Taro's build defines for the H5 bundle, so modules that read it at import time behave the same.
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'
;(globalThis as Record<string, unknown>).ENABLE_INNER_HTML = true
;(globalThis as Record<string, unknown>).ENABLE_ADJACENT_HTML = true
;(globalThis as Record<string, unknown>).ENABLE_SIZE_APIS = false
;(globalThis as Record<string, unknown>).ENABLE_TEMPLATE_CONTENT = true
;(globalThis as Record<string, unknown>).ENABLE_CLONE_NODE = true
;(globalThis as Record<string, unknown>).ENABLE_CONTAINS = true
;(globalThis as Record<string, unknown>).ENABLE_MUTATION_OBSERVER = false
;(globalThis as Record<string, unknown>).DEPRECATED_ADAPTER_COMPONENT = false
;(globalThis as Record<string, unknown>).defineAppConfig = (config: unknown) => config
;(globalThis as Record<string, unknown>).definePageConfig = (config: unknown) => config
