import { getLocale, type LocaleCode } from '../locales'

/**
 * The name of a country in a locale, from the ICU data in Node's `Intl` (maintained by the Unicode CLDR project),
 * so no list of names is typed by hand.
 */
export function countryName(isoCode: string, localeCode: LocaleCode): string {
  const names = new Intl.DisplayNames([getLocale(localeCode).tag], { type: 'region', fallback: 'none' })
  return names.of(isoCode.toUpperCase()) ?? isoCode.toUpperCase()
}

/** True for a region code CLDR knows (a two-letter ISO 3166-1 code). */
export function isKnownCountryCode(isoCode: string): boolean {
  if (!/^[A-Z]{2}$/.test(isoCode)) return false
  return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(isoCode) !== undefined
}
