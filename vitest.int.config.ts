import { defineConfig } from 'vitest/config'

import { sharedResolve } from './vitest.shared.ts'

/** Local API tests: each file gets its own fresh SQLite database (see tests/setup/freshDatabase.ts). */
export default defineConfig({
  resolve: sharedResolve,
  test: {
    environment: 'node',
    exclude: ['**/node_modules/**', 'e2e/**', '.next/**'],
    fileParallelism: false,
    hookTimeout: 120_000,
    include: ['**/*.int.test.ts'],
    isolate: true,
    pool: 'forks',
    setupFiles: ['tests/setup/freshDatabase.ts'],
    testTimeout: 60_000,
  },
})
