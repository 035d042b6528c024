// The weapp suite: the compiled mini-program (WEAPP_DIR, default dist/weapp) driven in a node:vm logic
// layer, plus the harness's own unit tests. Node environment: the harness is Node code; the app runs
// inside its own vm context. One worker: each journey file boots the app and a mock server, and on two
// cores a second worker only slows both down (measured: see test/weapp/harness/README.md).
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testTimeout: 60_000,
  maxWorkers: 1,
}
