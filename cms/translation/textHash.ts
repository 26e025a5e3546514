import { createHash } from 'node:crypto'

/** A short, stable fingerprint of a field's readable text (its `plainText`). */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 16)
}
