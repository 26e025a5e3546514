/**
 * The embedded database seen from outside Payload: an online snapshot for backups, and an exclusive lock that
 * proves nothing else has it open before a restore replaces it.
 *
 * The snapshot is `VACUUM INTO`: SQLite writes a consistent copy of the database as of one read transaction, while
 * the portal keeps reading and writing (WAL mode lets writers go on beside a reader). SQLite's online backup API
 * would do as well, but the installed libsql binding leaves `Database.backup()` unimplemented (it throws "not
 * implemented") and @libsql/client does not offer it; better-sqlite3 would be a second native SQLite just for this.
 */
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { resolveDatabaseTarget } from '../database'
import { dataDir } from '../paths'
import { BackupRefused } from './manifest'
import { processesUsing } from './openFiles'

/** The SQLite file the portal uses, or a refusal explaining what to do with MongoDB. */
export function sqliteDatabaseFile(env: Record<string, string | undefined> = process.env, directory: string = dataDir): string {
  const target = resolveDatabaseTarget(env.DATABASE_URI, directory)
  if (target.kind !== 'sqlite') {
    throw new BackupRefused(
      'DATABASE_URI is a MongoDB server: back it up with `mongodump --uri "$DATABASE_URI" --archive=concord.mongo.gz --gzip` ' +
        'and restore with `mongorestore --uri "$DATABASE_URI" --archive=concord.mongo.gz --gzip --drop`, plus a copy of the uploads ' +
        '(the data folder\'s media/ and files/, or the S3 bucket).',
    )
  }
  return target.url.slice('file:'.length)
}

/** Writes a consistent copy of the database at `file` to `target` (which must not exist) and checks it. */
export async function snapshotDatabase(file: string, target: string): Promise<void> {
  if (!fs.existsSync(file)) throw new BackupRefused(`There is no database at ${file} to back up.`)
  const source = createClient({ url: `file:${file}` })
  try {
    // Wait for a writer's lock instead of failing at once, as the portal itself does (cms/database/index.ts).
    await source.execute('PRAGMA busy_timeout = 10000')
    await source.execute({ sql: 'VACUUM INTO ?', args: [target] })
  } finally {
    source.close()
  }
  const copy = createClient({ url: `file:${target}` })
  try {
    const result = await copy.execute('PRAGMA integrity_check')
    const verdict = String(result.rows[0]?.[0] ?? '')
    if (verdict !== 'ok') throw new Error(`The database snapshot failed SQLite's integrity check: ${verdict}`)
  } finally {
    copy.close()
  }
}

export interface DatabaseLock {
  release(): void
}

/**
 * Takes the database for this process alone, or refuses when another process uses it. Two checks, because SQLite's
 * locks alone cannot tell: in WAL mode an idle connection holds no lock on the database file, only the file open,
 * so first every process with the database, its -wal or its -shm open is looked for (/proc, on Linux); then an
 * exclusive lock is taken, which also fails while another process is inside a transaction. The lock is held until
 * `release`, so nothing can start a transaction while a restore swaps the folder under it.
 */
export async function lockDatabaseExclusively(file: string): Promise<DatabaseLock> {
  if (!fs.existsSync(file)) return { release: () => undefined }
  const users = processesUsing([file, `${file}-wal`, `${file}-shm`])
  if (users.length > 0) {
    throw new BackupRefused(
      `The database ${path.basename(file)} is in use by ${users.map((user) => `process ${user.pid} (${user.command})`).join(', ')}: stop the portal (npm start, next start, npm run dev, or a running script) and restore again. Nothing was changed.`,
    )
  }
  const client = createClient({ url: `file:${file}` })
  try {
    await client.execute('PRAGMA locking_mode = EXCLUSIVE')
    // The lock is taken by the first access after the pragma; BEGIN EXCLUSIVE makes that access ask for all of it.
    await client.execute('BEGIN EXCLUSIVE')
    await client.execute('SELECT count(*) FROM sqlite_master')
    await client.execute('ROLLBACK')
  } catch (error) {
    client.close()
    if (/SQLITE_BUSY|database is locked/i.test(String((error as Error).message))) {
      throw new BackupRefused(
        `The database ${path.basename(file)} is in use: stop the portal (npm start, next start, npm run dev, or a running script) and restore again. Nothing was changed.`,
      )
    }
    throw error
  }
  return { release: () => client.close() }
}
