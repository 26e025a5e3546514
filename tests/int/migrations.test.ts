import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrationsDir } from '../../cms/paths'
import { paragraph } from '../helpers/richText'

// Payload pushes the schema outside production; in production it applies `cms/migrations`. This file starts Payload
// the production way, on an empty SQLite file, so the migrations alone must build a working database.
const previousNodeEnv = process.env.NODE_ENV
let payload: import('payload').Payload

beforeAll(async () => {
  ;(process.env as Record<string, string>).NODE_ENV = 'production'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/payload.config')
  payload = await getPayload({ config })
})
afterAll(async () => {
  await payload?.destroy()
  ;(process.env as Record<string, string | undefined>).NODE_ENV = previousNodeEnv
})

describe.skipIf(Boolean(process.env.TEST_MONGODB_URI))('SQLite migrations', () => {
  it('should build a working database from the migrations alone, as production starts', async () => {
    const { totalDocs } = await payload.count({ collection: 'payload-migrations' as never })
    expect(totalDocs).toBeGreaterThan(0)
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'Migrated', summary: 's', body: paragraph('b'), _status: 'published' },
    })
    await payload.update({ collection: 'articles', id: article.id, locale: 'ar', data: { title: 'مهاجر' }, draft: true })
    expect((await payload.findByID({ collection: 'articles', id: article.id, locale: 'en' })).slug).toBe('migrated')
  })

  it('should have a migration for every change in the collection config', async () => {
    // The same comparison `payload migrate:create` makes: the latest migration snapshot against the current schema.
    const adapter = payload.db as unknown as {
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
      schema: unknown
    }
    const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
    const snapshots = fs.readdirSync(migrationsDir).filter((file) => file.endsWith('.json')).sort()
    expect(snapshots.length).toBeGreaterThan(0)
    const latest = JSON.parse(fs.readFileSync(path.join(migrationsDir, snapshots.at(-1)!), 'utf8'))
    const pending = await generateMigration(latest, await generateDrizzleJson(adapter.schema))
    expect(pending, 'The config has changes no migration covers: run `npm run migrate:create`').toEqual([])
  })
})
