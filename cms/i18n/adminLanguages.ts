import { ar } from '@payloadcms/translations/languages/ar'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { ja } from '@payloadcms/translations/languages/ja'
import { ru } from '@payloadcms/translations/languages/ru'
import { th } from '@payloadcms/translations/languages/th'
import { vi } from '@payloadcms/translations/languages/vi'
import { zh } from '@payloadcms/translations/languages/zh'

/**
 * Languages of the admin interface (separate from content locales). Payload ships these ten of our eleven. It has no
 * Mongolian translation (@payloadcms/translations 3.90 has no `mn`), and an admin language needs Payload's own few
 * hundred interface strings as well as Concord's, so Mongolian-speaking staff use the admin in Russian or English
 * while editing Mongolian content; adding `mn` here takes a Mongolian Payload translation first.
 */
export const adminLanguages = { en, zh, fr, ru, es, ar, de, ja, vi, th }

export type AdminLanguage = keyof typeof adminLanguages

export const adminLanguageCodes = Object.keys(adminLanguages) as AdminLanguage[]

export function isAdminLanguage(value: unknown): value is AdminLanguage {
  return typeof value === 'string' && value in adminLanguages
}
