import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  dataDir: string
  close: () => Promise<void>
}

/**
 * A real Payload instance on a fresh database: a temporary SQLite file, or a uniquely named MongoDB database when
 * the suite runs with `MONGODB_URI` (the `int-mongodb` project). The config is imported after the environment is
 * set, because it reads `DATABASE_URI` and the data folder when it loads.
 */
export async function startPayload(): Promise<TestPayload> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-test-'))
  process.env.CONCORD_DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET ??= 'test-secret-not-used-outside-tests'
  const mongoUri = process.env.TEST_MONGODB_URI
  if (mongoUri) {
    const url = new URL(mongoUri)
    url.pathname = `/concord-test-${process.pid}-${Date.now()}`
    process.env.DATABASE_URI = url.toString()
  } else {
    delete process.env.DATABASE_URI
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    dataDir,
    close: async () => {
      if (mongoUri) await payload.db.dropDatabase?.({ adapter: payload.db as never })
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
