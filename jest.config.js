// One jest run for unit, component and contract tests. Screens render through Taro's H5 React
// components and H5 API, the same code the H5 build ships, so a component test sees what a browser sees.
const esmPackages = [
  '@tarojs',
  '@nutui',
  '@stencil',
  'swiper',
  'ssr-window',
  'dom7',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'lodash-es',
  'style-inject',
  'tslib',
  '\\.pnpm',
]

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { customExportConditions: [''] },
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/weapp/'],
  transform: {
    // Our code goes through babel with the build's NutUI per-component imports; packages through swc.
    '^(?!.*node_modules).+\\.(t|j)sx?$': 'babel-jest',
    '^.+\\.(t|j)sx?$|\\.mjs$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2020',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  // Order matters: jest uses the first pattern that matches, so assets go before the '@/' alias.
  moduleNameMapper: {
    '\\.(css|scss|sass|less)$': '<rootDir>/test/setup/style-stub.js',
    '\\.(png|jpe?g|svg|gif)$': '<rootDir>/test/setup/file-stub.js',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tarojs/taro$': '<rootDir>/test/setup/taro-shim.ts',
    '^@tarojs/components$': '@tarojs/components/lib/react',
  },

  setupFiles: ['<rootDir>/test/setup/globals.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup/after-env.ts'],
  clearMocks: true,
  // Tests wait on conditions, not time; jest's 5 s default is what a screen with a few hundred seeded
  // requests takes to render in jsdom when CI shares 2 cores with builds. A real hang still fails.
  testTimeout: 20_000,
}
