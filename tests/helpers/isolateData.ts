/**
 * Runs before every integration test file (vitest `setupFiles`), before the file's own imports: points the data
 * folder and database at throwaway locations, so no test can ever touch the developer's `.data/`.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

process.env.CONCORD_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-test-'))
process.env.PAYLOAD_SECRET ??= 'test-secret-not-used-outside-tests'

const mongoUri = process.env.TEST_MONGODB_URI
if (mongoUri) {
  const url = new URL(mongoUri)
  url.pathname = `/concord-test-${process.pid}-${Date.now()}`
  process.env.DATABASE_URI = url.toString()
} else {
  delete process.env.DATABASE_URI
}
