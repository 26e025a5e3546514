import type { CollectionBeforeOperationHook } from 'payload'

import { BoundaryRefusal } from '../boundary/boundaryRefusal'
import { passwordResetPolicy } from './policies'
import { takeAttempt } from './throttle'
import { throttleKey } from './throttleKey'
import { staffMessage } from '../i18n/staffMessage'

/**
 * Limits password-reset requests per address (policies.ts); over the limit, the answer is 429 whether or not an
 * account has the address, so it tells nothing. Payload's own limit (`minRequestInterval`, turned off in the Users
 * collection) reserved the request with a write outside the operation's transaction, which on SQLite waits for that
 * very transaction's lock: every reset failed with "database is locked", and the failure left the connection unable to
 * commit the next request's write (tests/security/lostWrites.test.ts). This counts inside the operation's transaction.
 */
export const throttlePasswordResets: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const attempt = await takeAttempt(req.payload, throttleKey('reset', data.email), passwordResetPolicy, req)
  if (!attempt.allowed) {
    throw new BoundaryRefusal(staffMessage(req, 'error.passwordResetLimited', { minutes: Math.ceil(attempt.retryAfterSeconds / 60) }), 429)
  }
  return args
}
