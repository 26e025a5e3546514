import type { TFunction } from '@payloadcms/translations'

import type { AdminMessageKey } from '../../i18n/adminMessages'

/** The edit view's header strings: the `editing.*` keys of the admin's message files. */
export type EditingMessageKey = EditingKeys<AdminMessageKey>
/** Distributes over the union of keys (a conditional type distributes only over a type parameter). */
type EditingKeys<Key> = Key extends `editing.${infer Rest}` ? Rest : never
type EditingTranslationKey = `concord:editing.${EditingMessageKey}`

/** One of the edit view's header strings in the admin's language. */
export function editingString(t: TFunction<EditingTranslationKey> | TFunction, key: EditingMessageKey, vars?: Record<string, unknown>): string {
  return (t as TFunction<EditingTranslationKey>)(`concord:editing.${key}`, vars)
}
