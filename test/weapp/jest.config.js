// The weapp suite: the compiled mini-program driven in a node:vm logic layer, plus the harness's own
// unit tests. Node environment: the harness is Node code; the app runs inside its own vm context.
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
}
