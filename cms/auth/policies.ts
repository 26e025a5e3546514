import type { ThrottlePolicy } from './throttle'

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value * 1000 : fallback * 1000
}

/**
 * Sign-in: 10 attempts per address, then a lock of 10 minutes (`CONCORD_LOGIN_MAX_ATTEMPTS`,
 * `CONCORD_LOGIN_LOCK_SECONDS`). Counted per address whether or not an account has it.
 */
export const loginPolicy: ThrottlePolicy = {
  maxAttempts: Number(process.env.CONCORD_LOGIN_MAX_ATTEMPTS) || 10,
  windowMs: seconds('CONCORD_LOGIN_LOCK_SECONDS', 600),
}

/** Password-reset e-mails: 3 per address per 15 minutes; more requests are answered alike and send nothing. */
export const passwordResetPolicy: ThrottlePolicy = {
  maxAttempts: 3,
  windowMs: seconds('CONCORD_RESET_WINDOW_SECONDS', 900),
}
