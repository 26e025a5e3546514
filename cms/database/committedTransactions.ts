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
 * Payload's drizzle transactions for SQLite, with two changes.
 *
 * Write transactions of this process take turns, first come first served: SQLite has one writer, and its busy handler
 * retries waiting writers in no particular order, so under the admin's real concurrency (tens of saves at once) some
 * saves waited past the busy timeout and failed with "database is locked". Queued here, in process, they wait their
 * turn instead; the busy timeout is left for other processes (the seed, a script).
 *
 * A failed COMMIT is reported. Payload's own `beginTransaction` and
 * `commitTransaction` catch a failed commit and roll back quietly, so the operation answered 2xx for a write that was
 * never stored (tests/security/lostWrites.test.ts). Here the error reaches the operation, which then answers 500 and
 * has written nothing. Otherwise the transaction is Payload's: `drizzle.transaction`, held open until the operation
 * commits or rolls it back.
 */
export function reportFailedCommits(adapter: BaseDatabaseAdapter) {
  const db = adapter as DrizzleAdapter
  const turns = new Turns()
  adapter.beginTransaction = async function beginTransaction(options?: unknown) {
    await db.initializing
    const release = await turns.take(turnTimeoutMs)
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
    // The next transaction's turn comes when this one has ended, however it ends.
    outcome.finally(release).catch(() => undefined)
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

/**
 * How long a transaction waits for its turn. Long enough for a queue of busy saves; a code path that waited for a
 * transaction of its own caller would otherwise hang forever, and fails after this instead, as it would in SQLite.
 */
const turnTimeoutMs = 60_000

/** A first-come, first-served lock: `take()` resolves with the function that hands the turn to the next waiter. */
class Turns {
  private tail: Promise<void> = Promise.resolve()

  async take(timeoutMs: number): Promise<() => void> {
    let release!: () => void
    const mine = new Promise<void>((resolve) => (release = resolve))
    const previous = this.tail
    this.tail = previous.then(() => mine)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error('The database is busy: a write waited too long for its turn.')), timeoutMs)
      timer.unref()
    })
    try {
      await Promise.race([previous, timedOut])
    } catch (error) {
      // Give the turn up when it comes, so the queue moves on without us.
      void previous.then(release)
      throw error
    } finally {
      clearTimeout(timer)
    }
    return release
  }
}
