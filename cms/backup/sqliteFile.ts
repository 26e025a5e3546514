/**
 * The embedded database seen from outside Payload: an online snapshot for backups, and an exclusive lock that
 * proves nothing else has it open before a restore replaces it.
 *
 * The snapshot is `VACUUM INTO`: SQLite writes a consistent copy of the database as of one read transaction, while
 * the portal keeps reading and writing (WAL mode lets writers go on beside a reader). SQLite's online backup API
 * would do as well, but the installed libsql binding leaves `Database.backup()` unimplemented (it throws "not
 * implemented") and @libsql/client does not offer it; better-sqlite3 would be a second native SQLite just for this.
 *
 * Both talk to the file through the libsql binding directly, with `exec` only where the connection must be gone
 * after `close()`: a prepared statement keeps its native connection (and the file, and an exclusive lock) open until
 * garbage collection, and @libsql/client prepares one in `createClient` itself. A restore takes the lock twice in one
 * process; with @libsql/client the second attempt met the first, still open, whenever no collection ran between.
 */
import fs from 'node:fs'
import path from 'node:path'

import Database from 'libsql'

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
  const source = new Database(file)
  try {
    // Wait for a writer's lock instead of failing at once, as the portal itself does (cms/database/index.ts).
    source.exec(`PRAGMA busy_timeout = 10000; VACUUM INTO ${sqlString(target)}`)
  } finally {
    source.close()
  }
  // The check reads a result, so it prepares a statement: this connection to the copy may stay open until garbage
  // collection, which nothing waits for (the copy is only read).
  const copy = new Database(target)
  try {
    const verdict = String(Object.values((copy.prepare('PRAGMA integrity_check').get() ?? {}) as Record<string, unknown>)[0] ?? '')
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
  const connection = new Database(file)
  try {
    // The lock is taken by the first access after the pragma; BEGIN EXCLUSIVE makes that access ask for all of it,
    // and exclusive locking mode keeps it after the ROLLBACK, until the connection closes.
    connection.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM sqlite_master; ROLLBACK')
  } catch (error) {
    if (connection.inTransaction) connection.exec('ROLLBACK')
    connection.close()
    if (/SQLITE_BUSY|database is locked/i.test(String((error as Error).message))) {
      throw new BackupRefused(
        `The database ${path.basename(file)} is in use: stop the portal (npm start, next start, npm run dev, or a running script) and restore again. Nothing was changed.`,
      )
    }
    throw error
  }
  return { release: () => connection.close() }
}

/** A string literal for SQL: `VACUUM INTO` goes through `exec`, which takes no parameters. */
const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`
