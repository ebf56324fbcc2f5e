import { defineConfig } from 'vitest/config'

import { sharedResolve } from './vitest.shared.ts'

export default defineConfig({
  resolve: sharedResolve,
  test: {
    environment: 'node',
    exclude: ['**/node_modules/**', '**/*.int.test.ts', 'e2e/**', '.next/**'],
    include: ['**/*.test.ts', '**/*.test.tsx'],
  },
})
