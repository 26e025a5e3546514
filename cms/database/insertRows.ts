import type { CollectionSlug, PayloadRequest } from 'payload'

type Row = Record<string, unknown>

interface DrizzleTables {
  drizzle: unknown
  sessions: Record<string, { db: unknown } | undefined>
  tables: Record<string, Record<string, unknown>>
  tableNameMap: Map<string, string>
  insert: (args: { db: unknown; tableName: string; values: Row[] }) => Promise<unknown>
}

/**
 * Creates several documents of a collection in one INSERT, where every value is a column of the collection's own
 * table (the translation workflow's bookkeeping: no localized, array or has-many fields). Payload's `db.create` builds
 * and runs one statement per document, which is most of the cost when an import writes seventeen such rows per item.
 *
 * Payload's adapters offer no multi-document create, so on its drizzle adapters (SQLite, Postgres) this inserts
 * through the adapter's own `insert` in the request's transaction; a row with a value that is not a column of the
 * table, and every other adapter (MongoDB), takes `db.create` one document at a time.
 */
export async function insertRows(req: PayloadRequest, collection: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return
  const adapter = req.payload.db as unknown as Partial<DrizzleTables>
  // Payload names a collection's table after its slug in snake case (kebab-case slugs here).
  const tableName = adapter.tableNameMap?.get(collection.replaceAll('-', '_'))
  const table = tableName ? adapter.tables?.[tableName] : undefined
  if (!table || !adapter.insert || !rows.every((row) => Object.keys(row).every((key) => key !== 'id' && key in table))) {
    for (const data of rows) await req.payload.db.create({ collection: collection as CollectionSlug, data, req, returning: false })
    return
  }
  const transaction = req.transactionID ? adapter.sessions?.[String(await req.transactionID)]?.db : undefined
  await adapter.insert({ db: transaction ?? adapter.drizzle, tableName: tableName!, values: rows })
}
