import crypto from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { BoundaryRefusal } from '../boundary/boundaryRefusal'
import { collectionSlugs } from '../collectionSlugs'
import { loginPolicy } from './policies'
import { clearAttempts, takeAttempt } from './throttle'
import { throttleKey } from './throttleKey'
import { staffMessage } from '../i18n/staffMessage'

// Looked up at call time, like Payload's own password check (`crypto.pbkdf2`).
const derive = (...args: Parameters<typeof crypto.pbkdf2Sync>) => promisify(crypto.pbkdf2)(...args)

/**
 * Before Payload checks a password: counts the attempt against the address (atomically, throttle.ts) and refuses it
 * once the address is locked; and, for an address no account has, spends the same work on a password hash as checking
 * a real account's password does. Payload answers an unknown address at once and a known one after hashing (~6 ms
 * against ~157 ms), which told an attacker which addresses have accounts. Known and unknown addresses now get the
 * same answer (401 and the same words, or 429 once locked) after the same work.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: Record<string, unknown> }).data ?? {}) as { email?: unknown; password?: unknown }
  // Counted outside the sign-in's own transaction, so a failed sign-in cannot roll its attempt back — unless the sign-in
  // is part of a larger operation's transaction (creating the first account signs it in), which holds SQLite's only
  // write lock: then it is counted inside it.
  const attempt = await takeAttempt(req.payload, throttleKey('login', email), loginPolicy, req.transactionID ? req : undefined)
  if (!attempt.allowed) {
    throw new BoundaryRefusal(staffMessage(req, 'error.signInLocked', { minutes: Math.ceil(attempt.retryAfterSeconds / 60) }), 429)
  }
  if (typeof email === 'string' && typeof password === 'string' && !(await accountExists(req.payload, email))) {
    await derive(password, crypto.randomBytes(32).toString('hex'), passwordHashIterations, passwordHashKeyLength, 'sha256')
  }
  return args
}

/** A successful sign-in clears the address's counted attempts (in the sign-in's transaction: SQLite has one writer). */
export const clearSignInAttempts: CollectionAfterLoginHook = async ({ req, user }) => {
  await clearAttempts(req.payload, throttleKey('login', (user as { email?: unknown }).email), req)
  return user
}

async function accountExists(payload: Parameters<typeof takeAttempt>[0], email: string) {
  const found = await payload.db.findOne({ collection: collectionSlugs.users, where: { email: { equals: email.trim().toLowerCase() } } })
  return Boolean(found)
}

// Payload 3.90's password hashes (pbkdf2-sha256-v1: 600,000 iterations, 32 bytes). tests/security/authentication.test.ts
// checks that an unknown address costs the same derivation as a real password check, so a change in Payload shows.
const passwordHashIterations = 600_000
const passwordHashKeyLength = 32
