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
 * Languages of the admin interface (separate from content locales). Payload ships these ten of our eleven;
 * it has no Mongolian translation, so Mongolian-speaking staff use the admin in Russian or English.
 */
export const adminLanguages = { en, zh, fr, ru, es, ar, de, ja, vi, th }
