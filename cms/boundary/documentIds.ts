import type { Payload } from 'payload'

/**
 * Whether a value can be the id of a document in this database: a positive safe integer (SQLite), or a 24-digit
 * hexadecimal ObjectId (MongoDB). Anything else cannot name a document, and must not reach the database, where
 * `abc` or `1e999` made a query fail with a 500.
 */
export function isDocumentId(payload: Payload, value: unknown): boolean {
  if (payload.db.defaultIDType === 'number') {
    const number = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : NaN
    return Number.isSafeInteger(number) && number > 0
  }
  if (payload.db.name === 'mongoose') return typeof value === 'string' && /^[0-9a-f]{24}$/i.test(value)
  return typeof value === 'string' && value.length > 0 && value.length <= 200
}
