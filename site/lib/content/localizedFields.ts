/** An item's text in a locale: which translations it has, and its fields with the fallback chain applied. */
import { defaultLocale, fallbackChain, isLocaleCode, type LocaleCode } from '../../../cms/locales'
import type { ExportedItem } from '../../../publishing/format/exportFormat'

export function isTranslated(item: ExportedItem, locale: LocaleCode): boolean {
  return item.locales.includes(locale)
}

/** The locale whose text a page shows: the reader's if translated, else the first translated one in its chain. */
export function contentLocale(item: ExportedItem, locale: LocaleCode): LocaleCode {
  // The export names only the registry's locales; `isLocaleCode` narrows its strings rather than casting them.
  const translated = fallbackChain(locale).find((code) => item.locales.includes(code))
  return translated ?? item.locales.find(isLocaleCode) ?? defaultLocale
}

/** A localized field's value in a locale, following the fallback chain field by field. */
export function field<T = string>(item: ExportedItem, name: string, locale: LocaleCode): T | undefined {
  const value = item.data[name]
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'object' || Array.isArray(value) || !isLocaleMap(value)) return value as T
  for (const code of fallbackChain(locale)) {
    const translated = (value as Partial<Record<LocaleCode, unknown>>)[code]
    if (translated !== undefined && translated !== null && translated !== '') return translated as T
  }
  return undefined
}

function isLocaleMap(value: object): boolean {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(isLocaleCode)
}

/**
 * Whether the page of an item in a locale says its translation may be out of date (the source changed since it was
 * translated). On by default; `CONCORD_OUTDATED_NOTICE=off` at build time turns the notice off.
 */
export function isOutdated(item: ExportedItem, locale: LocaleCode): boolean {
  if (process.env.CONCORD_OUTDATED_NOTICE === 'off' || locale === defaultLocale) return false
  return (item.outdated?.[locale]?.length ?? 0) > 0
}
