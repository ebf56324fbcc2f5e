import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'payload-types.ts',
      'app/(payload)/**',
      'migrations/**',
      'playwright-report/**',
      'test-results/**',
      'data/**',
    ],
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      curly: ['error', 'all'],
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*'], message: 'Use the @/ alias instead of deep relative paths.' }] },
      ],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', 'seed/ensure.ts', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
]

export default config
