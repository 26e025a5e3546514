/**
 * Every string Concord adds to the admin, one JSON file per admin language (`messages/<language>.json`, flat dotted
 * keys, English is the schema; tests/unit/adminMessages.test.ts fails when a language lacks a key, has an extra one or
 * drops a `{{placeholder}}`). Payload carries them as the `concord` namespace of its i18n: components call
 * `t('concord:<key>')`, server messages `staffMessage(req, key)`, and config labels are built by `adminLabel(key)`.
 * A new section of keys is added to each file; the typed imports below make TypeScript refuse a file that lacks one.
 */
import ar from './messages/ar.json'
import de from './messages/de.json'
import en from './messages/en.json'
import es from './messages/es.json'
import fr from './messages/fr.json'
import ja from './messages/ja.json'
import ru from './messages/ru.json'
import th from './messages/th.json'
import vi from './messages/vi.json'
import zh from './messages/zh.json'
import type { AdminLanguage } from './adminLanguages'

export type AdminMessageKey = keyof typeof en
export type AdminMessages = Record<AdminMessageKey, string>

/** Payload's i18n namespace for Concord's strings: `t('concord:dashboard.heading')`. */
export const adminNamespace = 'concord'

export const adminMessages: Record<AdminLanguage, AdminMessages> = { en, zh, fr, ru, es, ar, de, ja, vi, th }

/** For Payload's `i18n.translations`: each language's messages under the `concord` namespace. */
export const adminTranslations = Object.fromEntries(
  Object.entries(adminMessages).map(([language, messages]) => [language, { [adminNamespace]: messages }]),
) as Record<AdminLanguage, { concord: AdminMessages }>

/** `{{name}}` placeholders filled from `values`, as Payload's `t()` fills them (an unknown name is left as it is). */
export function fillPlaceholders(template: string, values: Record<string, unknown> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    values[name] === undefined || values[name] === null ? whole : String(values[name]),
  )
}
