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
    // Dependencies point down (app -> components -> lib -> database): what lib/ shares with a
    // collection or a component lives in lib/ and they import it.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../../*'], message: 'Use the @/ alias instead of deep relative paths.' },
            {
              group: ['@/collections/*', '@/hooks/*', '@/components/*'],
              message: 'lib/ does not import collection configs, hooks or components: move what both need into lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', 'seed/ensure.ts', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
]

export default config
