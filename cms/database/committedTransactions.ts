import { randomUUID } from 'node:crypto'

import type { BaseDatabaseAdapter } from 'payload'

interface Session {
  db: unknown
  resolve: () => Promise<void>
  reject: () => Promise<void>
}

interface DrizzleAdapter extends BaseDatabaseAdapter {
  drizzle: { transaction: (work: (tx: unknown) => Promise<void>, options?: unknown) => Promise<void> }
  initializing: Promise<void>
  sessions: Record<string, Session>
  transactionOptions?: unknown
}

/**
 * Payload's drizzle transactions for SQLite, with a failed COMMIT reported. (Write transactions of this process take
 * turns in the client itself: sqliteClient.ts, writeTurns.ts.)
 *
 * Payload's own `beginTransaction` and `commitTransaction` catch a failed commit and roll back quietly, so the operation answered 2xx for a write that was
 * never stored (tests/security/lostWrites.test.ts). Here the error reaches the operation, which then answers 500 and
 * has written nothing. Otherwise the transaction is Payload's: `drizzle.transaction`, held open until the operation
 * commits or rolls it back.
 */
export function reportFailedCommits(adapter: BaseDatabaseAdapter) {
  const db = adapter as DrizzleAdapter
  adapter.beginTransaction = async function beginTransaction(options?: unknown) {
    await db.initializing
    let finish!: (commit: boolean) => void
    let transaction: unknown
    let markStarted!: () => void
    const started = new Promise<void>((resolve) => (markStarted = resolve))
    const outcome = db.drizzle.transaction(async (tx) => {
      transaction = tx
      markStarted()
      await new Promise<void>((commit, rollback) => {
        finish = (shouldCommit) => (shouldCommit ? commit() : rollback(new Error('Transaction rolled back')))
      })
    }, options ?? db.transactionOptions)
    // Handled where it is awaited (commit, rollback); this keeps a failure from going unhandled in between.
    outcome.catch(() => undefined)
    // A transaction that cannot begin (the database stayed locked past its busy timeout) fails here.
    await Promise.race([started, outcome])
    const id = randomUUID()
    db.sessions[id] = {
      db: transaction,
      resolve: async () => {
        finish(true)
        await outcome
      },
      reject: async () => {
        finish(false)
        await outcome.catch(() => undefined)
      },
    }
    return id
  }
  adapter.commitTransaction = async function commitTransaction(incoming) {
    const id = incoming instanceof Promise ? await incoming : incoming
    const session = id ? db.sessions[String(id)] : undefined
    if (!session) return
    // Removed first, as Payload does, so no other operation picks up a transaction that is ending.
    delete db.sessions[String(id)]
    await session.resolve()
  }
}
