import { adminLanguageCodes, type AdminLanguage } from './adminLanguages'
import { adminMessages, type AdminMessageKey } from './adminMessages'
import { languageName } from './languageName'

/** A label as Payload's config takes it in every admin language: `{ en: 'Title', zh: '标题', … }`. */
export type AdminLabel = Record<AdminLanguage, string>

/**
 * A config label, description or group name in every admin language, from the message files: Payload shows the
 * one of the admin's language.
 *
 * @example { name: 'title', type: 'text', label: adminLabel('field.title') }
 */
export function adminLabel(key: AdminMessageKey): AdminLabel {
  return Object.fromEntries(adminLanguageCodes.map((language) => [language, adminMessages[language][key]])) as AdminLabel
}

type CollectionLabelKey = AdminMessageKey extends infer Key
  ? Key extends `collection.${infer Name}.singular`
    ? Name
    : never
  : never

/** A collection's (or block's) `labels`, from `collection.<name>.singular` and `.plural`. */
export function collectionLabels(name: CollectionLabelKey): { singular: AdminLabel; plural: AdminLabel } {
  return {
    singular: adminLabel(`collection.${name}.singular` as AdminMessageKey),
    plural: adminLabel(`collection.${name}.plural` as AdminMessageKey),
  }
}

/** Singular and plural labels under any prefix that has both (`block.facts`, `row.figure`). */
export function pluralLabels(prefix: string): { singular: AdminLabel; plural: AdminLabel } {
  return { singular: adminLabel(`${prefix}.singular` as AdminMessageKey), plural: adminLabel(`${prefix}.plural` as AdminMessageKey) }
}

/** Options of a select field, each labelled from `<prefix>.<value>`: `adminOptions('option.role', roles)`. */
export function adminOptions(prefix: string, values: readonly string[]): { value: string; label: AdminLabel }[] {
  return values.map((value) => ({ value, label: adminLabel(`${prefix}.${value}` as AdminMessageKey) }))
}

/** A content locale's name in every admin language (CLDR, through `Intl.DisplayNames`): `{ en: 'Arabic', zh: '阿拉伯语', … }`. */
export function localeNameLabel(code: string): AdminLabel {
  return Object.fromEntries(adminLanguageCodes.map((language) => [language, languageName(code, language)])) as AdminLabel
}

/** Options of a select of content locales, each named in every admin language. */
export function localeOptions(codes: readonly string[]): { value: string; label: AdminLabel }[] {
  return codes.map((code) => ({ value: code, label: localeNameLabel(code) }))
}
