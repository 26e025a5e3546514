/**
 * The libSQL client Payload's SQLite adapter talks through, written for how Concord uses SQLite: one process, many
 * concurrent requests, real transactions. It keeps @libsql/client's interface (Payload and drizzle call it as they
 * would the original) and fixes three faults of @libsql/client 0.14 for local files, which together lost acknowledged
 * writes (tursodatabase/libsql-client-ts#352, tursodatabase/libsql-js#237):
 *
 * - Every transaction took the client's connection and the client opened a new one, without the `busy_timeout` set
 *   at start-up: a write that met another request's transaction failed at once with "database is locked". Here every
 *   connection gets the same pragmas when it is opened.
 * - A statement that failed (busy, a constraint) stayed "in progress" on its connection until garbage collection, and
 *   every later COMMIT on that connection failed ("cannot commit transaction - SQL statements in progress"), which
 *   Payload did not report: the next request's write was answered 201 and rolled back. Here a connection on which a
 *   statement failed is closed and never used again.
 * - Connections of finished transactions were left open until garbage collection (native memory grew with every
 *   write in a long-lived process). Here they go back to a small pool, or are closed.
 *
 * And the writes of this process take turns (writeTurns.ts) — transactions and single statements alike — so a
 * write never waits in SQLite's busy handler for another write of the same process, which would hold the process.
 */
import { LibsqlError, type Client, type InArgs, type InStatement, type InValue, type IntMode, type ResultSet, type Row, type Transaction, type TransactionMode } from '@libsql/core/api'
import { ResultSetImpl, transactionModeToBegin } from '@libsql/core/util'
import Database from 'libsql'

import { correctForeignKeyStatistics, statisticsSnapshot } from './foreignKeyStatistics'
import { WriteTurns } from './writeTurns'

type Connection = InstanceType<typeof Database>

export interface SqliteClientOptions {
  /** Path of the database file. */
  path: string
  /** Run on every connection when it is opened (busy timeout, synchronous mode). */
  pragmas?: string[]
  intMode?: IntMode
  /** Idle connections kept open for reuse. */
  poolSize?: number
}

export function createSqliteClient(options: SqliteClientOptions): Client {
  return new PooledSqliteClient(options) as unknown as Client
}

class PooledSqliteClient {
  readonly protocol = 'file'
  closed = false
  private readonly idle: Connection[] = []
  /** Bumped when the planner statistics change: older connections planned with the old ones and are not reused. */
  private statisticsGeneration = 0
  private readonly openedIn = new WeakMap<Connection, number>()
  private readonly writes = new WriteTurns()

  constructor(private readonly options: SqliteClientOptions) {
    // Opening once checks that the file can be opened, as @libsql/client does.
    this.release(this.open())
  }

  async execute(statement: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const stmt = typeof statement === 'string' ? { sql: statement, args: args ?? [] } : statement
    const work = () => this.withConnection((connection) => run(connection, stmt, this.intMode))
    // Reads run at once (WAL lets them run beside a write); anything else waits for its turn.
    return readOnly.test(stmt.sql) ? work() : this.writes.run(work)
  }

  async batch(statements: (InStatement | string)[], mode: TransactionMode = 'deferred'): Promise<ResultSet[]> {
    return this.writes.run(() => this.withConnection((connection) => {
      run(connection, transactionModeToBegin(mode), this.intMode)
      const results = statements.map((one) => run(connection, typeof one === 'string' ? { sql: one, args: [] } : one, this.intMode))
      run(connection, 'COMMIT', this.intMode)
      return results
    }))
  }

  async migrate(statements: InStatement[]): Promise<ResultSet[]> {
    return this.writes.run(() => this.withConnection((connection) => {
      run(connection, 'PRAGMA foreign_keys=off', this.intMode)
      try {
        run(connection, 'BEGIN DEFERRED', this.intMode)
        const results = statements.map((one) => run(connection, one, this.intMode))
        run(connection, 'COMMIT', this.intMode)
        return results
      } finally {
        run(connection, 'PRAGMA foreign_keys=on', this.intMode)
      }
    }))
  }

  async executeMultiple(sql: string): Promise<void> {
    await this.writes.run(() =>
      this.withConnection((connection) => {
        try {
          schemaGeneration++
          connection.exec(sql)
        } catch (error) {
          throw asLibsqlError(error)
        }
      }),
    )
  }

  async transaction(mode: TransactionMode = 'write'): Promise<Transaction> {
    this.checkOpen()
    // A read transaction never writes; any other may, and holds the turn until it ends.
    const endTurn = mode === 'read' ? () => undefined : await this.writes.take()
    const connection = this.take()
    try {
      run(connection, transactionModeToBegin(mode), this.intMode)
    } catch (error) {
      this.discard(connection)
      endTurn()
      throw error
    }
    return new PooledTransaction(connection, this.intMode, (used, healthy) => {
      if (healthy) this.release(used)
      else this.discard(used)
      endTurn()
    }) as unknown as Transaction
  }

  /**
   * Refreshes SQLite's planner statistics (`ANALYZE`, or the cheap `PRAGMA optimize`), corrected for foreign-key
   * indexes (foreignKeyStatistics.ts). SQLite reads statistics when a connection opens, so every connection opened
   * before is closed instead of reused.
   */
  async refreshStatistics(full: boolean): Promise<void> {
    await this.writes.run(() =>
      this.withConnection((connection) => {
        const before = full ? undefined : statisticsSnapshot(connection)
        try {
          connection.exec(full ? 'ANALYZE' : 'PRAGMA optimize')
          correctForeignKeyStatistics(connection, before)
        } catch (error) {
          throw asLibsqlError(error)
        }
      }),
    )
    this.statisticsGeneration++
    for (const connection of this.idle.splice(0)) connection.close()
  }

  async sync(): Promise<never> {
    throw new LibsqlError('sync() is not supported by a local SQLite file', 'SYNC_NOT_SUPPORTED')
  }

  close() {
    this.closed = true
    for (const connection of this.idle.splice(0)) connection.close()
  }

  private get intMode(): IntMode {
    return this.options.intMode ?? 'number'
  }

  private withConnection<T>(work: (connection: Connection) => T): T {
    this.checkOpen()
    const connection = this.take()
    let result: T
    try {
      result = work(connection)
    } catch (error) {
      this.discard(connection)
      throw error
    }
    this.release(connection)
    return result
  }

  private open(): Connection {
    const connection = new Database(this.options.path)
    for (const pragma of this.options.pragmas ?? []) connection.exec(pragma)
    this.openedIn.set(connection, this.statisticsGeneration)
    return connection
  }

  private take(): Connection {
    return this.idle.pop() ?? this.open()
  }

  /** A connection back to the pool, clean; closed when the pool is full or the client closed. */
  private release(connection: Connection) {
    if (connection.inTransaction) return this.discard(connection)
    const stale = this.openedIn.get(connection) !== this.statisticsGeneration
    if (this.closed || stale || this.idle.length >= (this.options.poolSize ?? 4)) connection.close()
    else this.idle.push(connection)
  }

  /** A connection that may hold a failed statement or a transaction: rolled back if it can be, and closed. */
  private discard(connection: Connection) {
    try {
      if (connection.inTransaction) connection.exec('ROLLBACK')
    } catch {
      // Closing ends the transaction anyway.
    }
    try {
      connection.close()
    } catch {
      // Already closed.
    }
  }

  private checkOpen() {
    if (this.closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
  }
}

class PooledTransaction {
  private healthy = true
  private done = false

  constructor(
    private readonly connection: Connection,
    private readonly intMode: IntMode,
    private readonly finish: (connection: Connection, healthy: boolean) => void,
  ) {}

  get closed() {
    return this.done
  }

  async execute(statement: InStatement | string): Promise<ResultSet> {
    return this.guard(() => run(this.connection, typeof statement === 'string' ? { sql: statement, args: [] } : statement, this.intMode))
  }

  async batch(statements: (InStatement | string)[]): Promise<ResultSet[]> {
    return this.guard(() => statements.map((one) => run(this.connection, typeof one === 'string' ? { sql: one, args: [] } : one, this.intMode)))
  }

  async executeMultiple(sql: string): Promise<void> {
    this.guard(() => {
      try {
        schemaGeneration++
        this.connection.exec(sql)
      } catch (error) {
        throw asLibsqlError(error)
      }
    })
  }

  async commit(): Promise<void> {
    this.checkOpen()
    try {
      run(this.connection, 'COMMIT', this.intMode)
    } catch (error) {
      // Still open: the caller rolls back (drizzle does), and the error reaches whoever committed.
      this.healthy = false
      throw error
    }
    this.end()
  }

  async rollback(): Promise<void> {
    if (this.done) return
    try {
      if (this.connection.inTransaction) run(this.connection, 'ROLLBACK', this.intMode)
    } catch {
      this.healthy = false
    }
    this.end()
  }

  close() {
    if (this.done) return
    this.healthy = false
    this.end()
  }

  private guard<T>(work: () => T): T {
    this.checkOpen()
    try {
      return work()
    } catch (error) {
      this.healthy = false
      throw error
    }
  }

  private end() {
    this.done = true
    this.finish(this.connection, this.healthy)
  }

  private checkOpen() {
    if (this.done) throw new LibsqlError('The transaction is closed', 'TRANSACTION_CLOSED')
  }
}

/** Runs one statement and returns @libsql/client's result shape (rows with both column names and indexes). */
function run(connection: Connection, statement: InStatement | string, intMode: IntMode): ResultSet {
  const { sql, args } = typeof statement === 'string' ? { sql: statement, args: [] as InArgs } : statement
  try {
    const { prepared, columns } = preparedStatement(connection, sql)
    const values = Array.isArray(args) ? args.map((value) => toSql(value, intMode)) : mapNamed(args ?? {}, intMode)
    if (columns) {
      const names = columns.map((column) => column.name)
      const rows = (prepared.all(values) as unknown[][]).map((raw) => toRow(raw, names, intMode))
      return new ResultSetImpl(names, columns.map((column) => column.type ?? ''), rows, 0, undefined)
    }
    const info = prepared.run(values) as { changes: number; lastInsertRowid: number | bigint }
    return new ResultSetImpl([], [], [], info.changes, BigInt(info.lastInsertRowid))
  } catch (error) {
    throw asLibsqlError(error)
  }
}

type Prepared = ReturnType<Connection['prepare']>
interface CachedStatement {
  prepared: Prepared
  schemaGeneration: number
  /** The result's columns, or undefined for a statement that returns no rows. */
  columns?: { name: string; type?: string | null }[]
}

/**
 * Statements prepared once per connection and reused, as better-sqlite3 and libsql's own clients advise: Payload
 * runs the same few hundred statements over and over, and preparing one (parsing and planning the SQL) cost more
 * than running it — about a tenth of a save's CPU time. It also stops most of the native memory growth of a
 * long-lived writer (tursodatabase/libsql-js#153 keeps memory per prepared statement until it is collected): an
 * ingest of 300 articles peaked at 0.57 GB with it against 0.87 GB for 100 without. A small least-recently-used
 * cache per connection; a schema change (a migration) invalidates every cached statement, since the result
 * columns kept with it could change.
 */
const statementCaches = new WeakMap<Connection, Map<string, CachedStatement>>()
const statementCacheSize = 300
let schemaGeneration = 0
const schemaChange = /^\s*(create|alter|drop)\s/i
/** Statements that only read: everything else (writes, transactions, pragmas that set) takes a write turn. */
const readOnly = /^\s*(select|explain)\s/i

function preparedStatement(connection: Connection, sql: string): CachedStatement {
  let cache = statementCaches.get(connection)
  if (!cache) statementCaches.set(connection, (cache = new Map()))
  if (schemaChange.test(sql)) schemaGeneration++
  const cached = cache.get(sql)
  if (cached && cached.schemaGeneration === schemaGeneration) {
    // Map keeps insertion order: moving the entry to the end makes the first key the least recently used.
    cache.delete(sql)
    cache.set(sql, cached)
    return cached
  }
  const prepared = connection.prepare(sql)
  prepared.safeIntegers(true)
  let columns: CachedStatement['columns']
  try {
    prepared.raw(true)
    columns = prepared.columns() as CachedStatement['columns']
  } catch {
    // raw() throws for a statement that returns no rows.
    columns = undefined
  }
  const entry = { prepared, columns, schemaGeneration }
  cache.set(sql, entry)
  if (cache.size > statementCacheSize) cache.delete(cache.keys().next().value!)
  return entry
}

function mapNamed(args: Record<string, InValue>, intMode: IntMode) {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(args)) out[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(value, intMode)
  return out
}

function toRow(raw: unknown[], names: string[], intMode: IntMode): Row {
  const row: Record<string | number, unknown> = {}
  Object.defineProperty(row, 'length', { value: raw.length })
  raw.forEach((sqlValue, index) => {
    const value = fromSql(sqlValue, intMode)
    Object.defineProperty(row, index, { value })
    if (!Object.hasOwn(row, names[index])) {
      Object.defineProperty(row, names[index], { value, enumerable: true, configurable: true, writable: true })
    }
  })
  return row as unknown as Row
}

function fromSql(value: unknown, intMode: IntMode) {
  if (typeof value === 'bigint') {
    if (intMode === 'bigint') return value
    if (intMode === 'string') return String(value)
    if (value < BigInt(Number.MIN_SAFE_INTEGER) || value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new RangeError('Received integer which cannot be safely represented as a JavaScript number')
    }
    return Number(value)
  }
  if (value instanceof Buffer) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength)
  return value
}

function toSql(value: InValue, intMode: IntMode) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    return value
  }
  if (typeof value === 'boolean') return intMode === 'bigint' ? (value ? 1n : 0n) : intMode === 'string' ? (value ? '1' : '0') : value ? 1 : 0
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (value instanceof Date) return value.valueOf()
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  return value
}

function asLibsqlError(error: unknown) {
  const sqliteError = error as { message?: string; code?: string; rawCode?: number }
  if (error instanceof Error && typeof sqliteError.code === 'string' && !(error instanceof LibsqlError)) {
    return new LibsqlError(error.message, sqliteError.code, sqliteError.rawCode, error)
  }
  return error
}
