/**
 * Runs before every integration test file (vitest `setupFiles`), before the file's own imports: points the data
 * folder and database at throwaway locations, so no test can ever touch the developer's `.data/`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

process.env.CONCORD_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-test-'))
process.env.PAYLOAD_SECRET ??= 'test-secret-not-used-outside-tests'
// The admin's origin as tests' browsers and HTTP clients present it (the CSRF allowlist): tests/helpers/apiClient.ts.
process.env.CONCORD_ADMIN_URL ??= 'http://admin.concord.test'

const mongoUri = process.env.TEST_MONGODB_URI
if (mongoUri) {
  const url = new URL(mongoUri)
  url.pathname = `/concord-test-${process.pid}-${Date.now()}`
  process.env.DATABASE_URI = url.toString()
} else {
  delete process.env.DATABASE_URI
}

// Uploads stay in the test's own folder: a developer's S3_* settings never point a test at a real bucket
// (tests/int/s3Storage.test.ts starts its own S3 server and sets them itself).
for (const name of Object.keys(process.env)) if (name.startsWith('S3_')) delete process.env[name]
