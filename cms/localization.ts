import type { LocalizationConfig } from 'payload'

import { defaultLocale, locales } from './locales'

/** Payload's content localization, derived from the locale registry. */
export const localization: LocalizationConfig = {
  defaultLocale,
  fallback: true,
  locales: locales.map((locale) => ({
    code: locale.code,
    label: `${locale.label} (${locale.englishLabel})`,
    rtl: locale.dir === 'rtl',
    ...(locale.fallback ? { fallbackLocale: locale.fallback } : {}),
  })),
}
