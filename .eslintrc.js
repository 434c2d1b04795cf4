// Taro's React rules for the client, TypeScript rules everywhere, and the
// architecture's import boundaries: the domain imports nothing of ours but itself,
// the client never imports cloud code, cloud code never imports client code.
const boundary = (patterns, message) => ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }];

module.exports = {
  root: true,
  extends: ['taro/react', 'plugin:@typescript-eslint/recommended'],
  parser: '@typescript-eslint/parser',
  plugins: ['@typescript-eslint', 'react-hooks'],
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'react-hooks/rules-of-hooks': 'error',
    'react-hooks/exhaustive-deps': 'warn',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    'import/no-commonjs': 'off',
  },
  overrides: [
    {
      files: ['domain/**/*.ts'],
      rules: {
        'no-restricted-imports': boundary(
          ['**/src/**', '@/*', '**/cloud/**', '@tarojs/*', 'wx-server-sdk', 'node:*'],
          'The domain layer is pure: no client, cloud, Taro or Node imports.',
        ),
      },
    },
    {
      files: ['src/**/*.{ts,tsx}'],
      rules: {
        'no-restricted-imports': boundary(['**/cloud/**', 'wx-server-sdk'], 'Client code never imports cloud code.'),
      },
    },
    {
      files: ['cloud/**/*.ts'],
      rules: {
        'no-restricted-imports': boundary(['**/src/**', '@/*', '@tarojs/*'], 'Cloud code never imports client code.'),
      },
    },
    {
      files: ['cloud/adapters/local/**/*.ts', 'cloud/host/**/*.ts'],
      rules: {
        'no-restricted-imports': boundary(
          ['**/src/**', '@/*', '@tarojs/*', 'wx-server-sdk', '**/adapters/cloudbase/**'],
          'The local host never loads wx-server-sdk: without credentials it crashes the process.',
        ),
      },
    },
    {
      files: ['*.js', 'config/**/*.ts', 'scripts/**/*.ts', 'test/**/*.{ts,tsx}', 'bench/**/*.ts'],
      rules: { '@typescript-eslint/no-var-requires': 'off', '@typescript-eslint/no-require-imports': 'off' },
    },
  ],
};
