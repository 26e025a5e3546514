import { defineConfig } from 'vitest/config'

const mongoUri = process.env.MONGODB_URI

const integration = {
  include: ['tests/int/**/*.test.ts'],
  pool: 'forks' as const,
  setupFiles: ['tests/helpers/isolateData.ts'],
  testTimeout: 120_000,
  hookTimeout: 180_000,
}

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'int-sqlite', ...integration } },
      // Attacks tried as an attacker would, against Payload's real handlers and the real site server.
      { test: { name: 'security', ...integration, include: ['tests/security/**/*.test.ts'] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      // The same integration suite on MongoDB, only when a server is given; tests/int/mongodb.test.ts reports the skip.
      ...(mongoUri ? [{ test: { name: 'int-mongodb', ...integration, env: { TEST_MONGODB_URI: mongoUri } } }] : []),
    ],
  },
})
