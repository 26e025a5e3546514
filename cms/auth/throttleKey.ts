import { createHash } from 'node:crypto'

/** The counter key of an address for one purpose: a hash, so the table holds no e-mail addresses. */
export function throttleKey(purpose: 'login' | 'reset', email: unknown): string {
  const normalized = typeof email === 'string' ? email.trim().toLowerCase() : ''
  return createHash('sha256').update(`${purpose}\u0000${normalized}`).digest('hex')
}
