import '@testing-library/jest-dom'

// Node-environment suites (mock rules, contract) don't load the app: Taro's H5 API needs a DOM.
if (typeof window !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./reset-app-state')
}
