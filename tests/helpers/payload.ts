import fs from 'node:fs'

import type { Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'

export interface TestPayload {
  payload: Payload
  dataDir: string
  close: () => Promise<void>
}

/**
 * A real Payload instance on the fresh database that `isolateData.ts` set up for this test file: a temporary
 * SQLite file, or a uniquely named MongoDB database when the suite runs with `MONGODB_URI`.
 */
export async function startPayload(): Promise<TestPayload> {
  const { dataDir } = await import('../../cms/paths')
  if (dataDir !== process.env.CONCORD_DATA_DIR) {
    throw new Error(`Refusing to run: the data folder is ${dataDir}, not the test's temporary one.`)
  }
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  const payload = await getPayload({ config })
  return {
    payload,
    dataDir,
    close: async () => {
      if (process.env.TEST_MONGODB_URI) await payload.db.dropDatabase?.({ adapter: payload.db as never })
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * Starts Payload once for the calling test file and stops it afterwards.
 *
 * @example const ctx = usePayload(); it('…', () => ctx().payload.find(…))
 */
export function usePayload(): () => TestPayload {
  let ctx: TestPayload | undefined
  beforeAll(async () => {
    ctx = await startPayload()
  })
  afterAll(async () => ctx?.close())
  return () => {
    if (!ctx) throw new Error('Payload has not started yet: use it inside tests or hooks')
    return ctx
  }
}
