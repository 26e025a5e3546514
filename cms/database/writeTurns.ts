/**
 * Turns for the writes of one process, first come, first served. SQLite has one writer; a second writer in the same
 * process must not wait in SQLite's busy handler, which waits synchronously: it holds the whole process (event loop
 * included) while the transaction it waits for cannot go on, until the busy timeout fails it with "database is
 * locked" — measured: a sign-in during a save froze the server for 10 s and answered 500. Queued here, a write waits
 * without blocking anything; the busy timeout is left for other processes (the seed, a script).
 */

/**
 * How long a write waits for its turn. Long enough for a queue of busy saves; a code path that waited for a write of
 * its own caller would otherwise hang forever, and fails after this instead, as it would in SQLite.
 */
export const turnTimeoutMs = 60_000

export class WriteTurns {
  private tail: Promise<void> = Promise.resolve()

  /** Resolves, in arrival order, with the function that hands the turn to the next waiter. */
  async take(timeoutMs = turnTimeoutMs): Promise<() => void> {
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

  /** Runs `work` in a turn of its own. */
  async run<T>(work: () => T | Promise<T>): Promise<T> {
    const release = await this.take()
    try {
      return await work()
    } finally {
      release()
    }
  }
}
