import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { migrations } from '../migrations'
import { dataDir, migrationsDir } from '../paths'
import { reportFailedCommits } from './committedTransactions'
import { createSqliteClient } from './sqliteClient'

export type DatabaseKind = 'sqlite' | 'mongodb'

export interface DatabaseTarget {
  kind: DatabaseKind
  url: string
}

/**
 * Reads `DATABASE_URI`: unset or `file:` is the embedded SQLite file (an absolute path under `.data/` unless the
 * URI gives one), `mongodb://` and `mongodb+srv://` are MongoDB. Anything else is refused with a clear message.
 */
export function resolveDatabaseTarget(uri: string | undefined, directory: string = dataDir): DatabaseTarget {
  if (!uri || uri.trim() === '') {
    return { kind: 'sqlite', url: `file:${path.join(directory, 'concord.db')}` }
  }
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return { kind: 'mongodb', url: uri }
  if (uri.startsWith('file:')) {
    // libSQL resolves relative file URLs from the working directory; anchor them to the data folder instead.
    const filePath = uri.slice('file:'.length)
    return { kind: 'sqlite', url: `file:${path.isAbsolute(filePath) ? filePath : path.join(directory, filePath)}` }
  }
  throw new Error(
    `DATABASE_URI "${uri}" is not supported: use a file: URL (embedded SQLite) or a mongodb:// or mongodb+srv:// URL.`,
  )
}

/** The Payload database adapter for a target. Collections never see which one is in use. */
export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.kind === 'mongodb') return mongooseAdapter({ url: target.url })
  const base = sqliteAdapter({
    client: { url: target.url },
    migrationDir: migrationsDir,
    // Applied automatically when the app starts with NODE_ENV=production; dev pushes the schema instead.
    prodMigrations: migrations,
    busyTimeout: sqliteBusyTimeout,
    // The SQLite adapter runs without transactions unless given options; Concord needs them (a failed seed or
    // publish must write nothing). IMMEDIATE takes the write lock up front, so two writers queue instead of deadlocking.
    transactionOptions: { behavior: 'immediate' },
    wal: true,
  })
  return {
    ...base,
    init: (args) => {
      const adapter = base.init(args) as ReturnType<typeof base.init> & { client?: unknown }
      // Concord's own client (sqliteClient.ts) and commit handling (committedTransactions.ts): together they keep a
      // failed request from making the next acknowledged write disappear.
      const connect = adapter.connect
      adapter.connect = async function (this: typeof adapter, options) {
        this.client ??= createSqliteClient({ path: target.url.slice('file:'.length), pragmas: [`PRAGMA busy_timeout = ${sqliteBusyTimeout}`] })
        return connect?.call(this, options)
      }
      reportFailedCommits(adapter)
      return adapter
    },
  }
}

/**
 * How long a write waits for another writer (another request's transaction, a publish, the seed in another process)
 * before giving up, in milliseconds. Set on every connection.
 */
const sqliteBusyTimeout = 10_000

/**
 * Refreshes SQLite's table statistics. Without them SQLite finds a document's latest version by scanning every
 * version, so saves slow down as content grows (measured by the benchmark: 6 → 2 articles/s within 200 articles,
 * 9–13/s after `ANALYZE`); Concord's client corrects what `ANALYZE` gets wrong for foreign keys
 * (foreignKeyStatistics.ts). MongoDB plans by itself: nothing to do there.
 */
export async function refreshPlannerStatistics(payload: Payload, full = true) {
  const db = payload.db as unknown as { name?: string; client?: Partial<PlannerStatistics> }
  if (db.name === 'sqlite' && typeof db.client?.refreshStatistics === 'function') await db.client.refreshStatistics(full)
}

interface PlannerStatistics {
  refreshStatistics(full: boolean): Promise<void>
}
