import type { LocalizationConfig } from 'payload'

import { localeNameLabel } from './i18n/adminLabel'
import { defaultLocale, locales } from './locales'

/** Payload's content localization, derived from the locale registry. */
export const localization: LocalizationConfig = {
  defaultLocale,
  fallback: true,
  locales: locales.map((locale) => ({
    code: locale.code,
    // The native name first (what a reader of the language looks for), then its name in the admin's language.
    label: localeSwitcherLabel(locale.code, locale.label),
    rtl: locale.dir === 'rtl',
    ...(locale.fallback ? { fallbackLocale: locale.fallback } : {}),
  })),
}

/** `简体中文 (Chinese (Simplified))` in the English admin, `简体中文 (الصينية المبسطة)` in the Arabic one, `简体中文` in the Chinese one. */
function localeSwitcherLabel(code: string, nativeName: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(localeNameLabel(code)).map(([language, name]) => [language, name.toLocaleLowerCase() === nativeName.toLocaleLowerCase() ? nativeName : `${nativeName} (${name})`]),
  )
}
