/**
 * One jest run covers the domain, the cloud functions on the real local store
 * and HTTP host, the weapp build under miniprogram-simulate, and the H5 build
 * in real Chromium. `npm test` runs them all; --selectProjects picks some.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@domain/(.*)$': '<rootDir>/domain/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  rootDir: __dirname,
};

module.exports = {
  // Browser and build-backed suites need time; unit tests finish far below this.
  testTimeout: 120000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: [
        '<rootDir>/test/unit/**/*.test.ts',
        '<rootDir>/test/integration/**/*.test.ts',
        '<rootDir>/test/contract/**/*.test.ts',
      ],
    },
    {
      ...shared,
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/weapp/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
    },
    // Only with WeChat DevTools (npm run test:devtools); never part of npm test's count.
    ...(process.env.WECHAT_DEVTOOLS_CLI
      ? [
          {
            ...shared,
            displayName: 'devtools',
            testEnvironment: 'node',
            testMatch: ['<rootDir>/test/devtools/**/*.devtools.ts'],
          },
        ]
      : []),
  ],
};
