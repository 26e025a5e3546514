/**
 * With `MONGODB_URI` set, vitest.config.ts runs the integration suite a second time as the `int-mongodb` project
 * (it passes the server as TEST_MONGODB_URI, and tests/helpers/isolateData.ts gives each test file a database of its
 * own on it). This file proves that run really used MongoDB: Payload's MongoDB adapter, connected to that server and
 * database, storing what Payload writes there. Without a server, the report shows it skipped and why.
 */
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayload, type TestPayload } from '../helpers/payload'

/** The vitest project that runs the integration suite on MongoDB (vitest.config.ts). */
const mongoProject = 'int-mongodb'
const serverUri = process.env.MONGODB_URI
const title = serverUri
  ? 'the integration suite on MongoDB'
  : 'the integration suite on MongoDB (skipped: MONGODB_URI is not set, so the integration suite ran on SQLite only)'

describe.skipIf(!serverUri)(title, () => {
  let ctx: TestPayload | undefined
  let project: string | undefined

  // The first argument is the (unused) fixtures, which vitest wants destructured; the second is this suite.
  // eslint-disable-next-line no-empty-pattern -- vitest reads the fixtures a hook asks for from this pattern
  beforeAll(async ({}, suite) => {
    // The other projects (int-sqlite) see MONGODB_URI too; only the MongoDB project starts Payload here.
    project = suite.file.projectName
    if (project === mongoProject) ctx = await startPayload()
  })
  afterAll(async () => ctx?.close())

  /** Payload's database adapter, in a project where it must be MongoDB's. */
  const mongoAdapter = (skip: (condition: boolean, note?: string) => void) => {
    skip(project !== mongoProject, `MongoDB is checked by the ${mongoProject} project; this is the ${project ?? 'unnamed'} run`)
    const { payload } = ctx!
    expect(payload.db.name, 'the int-mongodb project ran on another database adapter').toBe('mongoose')
    return payload.db as unknown as MongooseAdapter
  }

  it('should use Payload’s MongoDB adapter, connected to the server of MONGODB_URI and the test file’s own database', async ({ skip }) => {
    const { connection } = mongoAdapter(skip)
    const server = new URL(serverUri!)
    const database = new URL(process.env.DATABASE_URI!).pathname.slice(1)
    expect(database).toMatch(/^concord-test-/)
    expect(connection.readyState, 'connected').toBe(1)
    expect(connection.host).toBe(server.hostname)
    if (server.protocol === 'mongodb:') expect(connection.port).toBe(Number(server.port || 27017))
    expect(connection.name).toBe(database)
    expect(connection.db?.databaseName).toBe(database)
    expect(await connection.db!.command({ ping: 1 })).toMatchObject({ ok: 1 })
  })

  it('should store what Payload writes in that database, where a direct query on the same connection finds it', async ({ skip }) => {
    const adapter = mongoAdapter(skip)
    const { payload } = ctx!
    const country = await payload.create({ collection: 'countries', data: { code: 'NO' } })
    const model = adapter.collections.countries
    expect(model.db).toBe(adapter.connection)
    const stored = await adapter.connection.db!.collection(model.collection.collectionName).findOne({ code: 'NO' })
    expect(String(stored?._id)).toBe(String(country.id))
  })
})
