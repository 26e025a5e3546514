import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { afterEach, describe, expect, it } from 'vitest'

import { lockDatabaseExclusively, snapshotDatabase } from '../../cms/backup/sqliteFile'

const folders: string[] = []
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })))

/** A database in WAL mode with a row, as the portal leaves it, and every connection to it closed. */
function database(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-lock-'))
  folders.push(folder)
  const file = path.join(folder, 'concord.db')
  const setup = new Database(file)
  setup.exec("PRAGMA journal_mode = WAL; CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')")
  setup.close()
  return file
}

/** How many descriptors this process has open on the database, its -wal or its -shm. */
function openHere(file: string): number {
  return fs.readdirSync('/proc/self/fd').filter((descriptor) => {
    try {
      return fs.readlinkSync(`/proc/self/fd/${descriptor}`).startsWith(file)
    } catch {
      return false
    }
  }).length
}

describe.runIf(fs.existsSync('/proc/self/fd'))('the exclusive database lock a restore takes', () => {
  it('should keep every other connection from writing while it is held', async () => {
    const file = database()
    const lock = await lockDatabaseExclusively(file)
    const other = new Database(file)
    try {
      expect(() => other.exec("BEGIN IMMEDIATE; INSERT INTO notes VALUES ('sneaked in'); COMMIT")).toThrow(/database is locked|SQLITE_BUSY/)
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK')
      other.close()
      lock.release()
    }
  })

  // A restore takes the lock twice in one process: before reading the archive, and for the swap. The second used to
  // meet the first, whose connection @libsql/client left open until a garbage collection ran (CI failed on it).
  it('should let go of the file when released, so the same process can take it again at once', async () => {
    const file = database()
    const first = await lockDatabaseExclusively(file)
    first.release()
    expect(openHere(file)).toBe(0)
    const second = await lockDatabaseExclusively(file)
    second.release()
    expect(openHere(file)).toBe(0)
  })

  it('should be free again right after a snapshot of the database', async () => {
    const file = database()
    const copy = path.join(path.dirname(file), "it's a copy.db")
    await snapshotDatabase(file, copy)
    expect(openHere(file)).toBe(0)
    const lock = await lockDatabaseExclusively(file)
    lock.release()
    const reader = new Database(copy)
    try {
      expect(reader.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'kept' }])
    } finally {
      reader.close()
    }
  })
})
