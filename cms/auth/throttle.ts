import type { Payload, PayloadRequest } from 'payload'

import { collectionSlugs } from '../collectionSlugs'

export interface ThrottlePolicy {
  /** Attempts allowed within a window; the next ones are refused until the lock ends. */
  maxAttempts: number
  /** How long counted attempts are remembered, and how long a lock lasts, in milliseconds. */
  windowMs: number
}

export interface Attempt {
  allowed: boolean
  /** Seconds until attempts are accepted again (when refused). */
  retryAfterSeconds: number
}

interface ThrottleRecord {
  id: number | string
  count: number
  windowEndsAt: string
  lockedUntil?: string | null
}

const collection = collectionSlugs.authThrottles

/**
 * Takes one attempt from a counter (`auth-throttles`), atomically: the count is incremented by the database itself
 * (`count = count + 1`), so a hundred parallel requests are counted a hundred times and at most `maxAttempts` of them
 * are allowed. Payload's own login counter read, checked and wrote back the count, and parallel wrong passwords were
 * checked far past its limit. A lock always ends (`windowMs`): there is no permanent lockout.
 */
export async function takeAttempt(payload: Payload, key: string, policy: ThrottlePolicy, req?: PayloadRequest): Promise<Attempt> {
  const now = Date.now()
  const record = await currentRecord(payload, key, policy, now, req)
  if (record.lockedUntil && Date.parse(record.lockedUntil) > now) return refused(record.lockedUntil, now)
  const counted = (await payload.db.updateOne({
    collection,
    id: record.id,
    data: { count: { $inc: 1 } },
    req,
  })) as unknown as ThrottleRecord
  if (counted.count < policy.maxAttempts) return { allowed: true, retryAfterSeconds: 0 }
  const lockedUntil = counted.lockedUntil ?? new Date(now + policy.windowMs).toISOString()
  if (!counted.lockedUntil) await payload.db.updateOne({ collection, id: record.id, data: { lockedUntil }, req, returning: false })
  // The attempt that reaches the limit is still checked; only the ones after it are refused.
  return counted.count === policy.maxAttempts ? { allowed: true, retryAfterSeconds: 0 } : refused(lockedUntil, now)
}

/** Forgets the counted attempts (after a successful sign-in). */
export async function clearAttempts(payload: Payload, key: string, req?: PayloadRequest) {
  await payload.db.deleteMany({ collection, where: { key: { equals: key } }, req })
}

/** The counter for a key, created when missing and started afresh when its window (or lock) has ended. */
async function currentRecord(payload: Payload, key: string, policy: ThrottlePolicy, now: number, req?: PayloadRequest): Promise<ThrottleRecord> {
  const where = { key: { equals: key } }
  let record = (await payload.db.findOne({ collection, where, req })) as ThrottleRecord | null
  if (!record) {
    try {
      record = (await payload.db.create({ collection, data: { key, count: 0, windowEndsAt: new Date(now + policy.windowMs).toISOString() }, req })) as unknown as ThrottleRecord
    } catch {
      // A parallel request created it first (the key is unique).
      record = (await payload.db.findOne({ collection, where, req })) as ThrottleRecord | null
    }
    if (!record) throw new Error('The sign-in counter could not be read.')
  }
  const ended = record.lockedUntil ? Date.parse(record.lockedUntil) <= now : Date.parse(record.windowEndsAt) <= now
  if (!ended) return record
  const fresh = { count: 0, lockedUntil: null, windowEndsAt: new Date(now + policy.windowMs).toISOString() }
  await payload.db.updateOne({ collection, id: record.id, data: fresh, req, returning: false })
  return { ...record, ...fresh }
}

function refused(lockedUntil: string, now: number): Attempt {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Date.parse(lockedUntil) - now) / 1000)) }
}
