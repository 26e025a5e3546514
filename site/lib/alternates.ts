import { defaultLocale, getLocale, type LocaleCode, localeCodes } from '../../cms/locales'
import { type ExportedItem, isTranslated, itemUrl, type PageCollection, localeRoot } from './content'

export interface Alternate {
  locale: LocaleCode
  url: string
  /** False when the link leads to a fallback page (shown in the switcher, never as an hreflang alternate). */
  translated: boolean
}

/** Where the language switcher leads from an item page: the same item in every locale. */
export function itemAlternates(collection: PageCollection, item: ExportedItem): Alternate[] {
  return localeCodes.map((locale) => ({ locale, url: itemUrl(collection, item, locale), translated: isTranslated(item, locale) }))
}

/** Pages that exist in every locale (home, lists, search): the same path under each locale root. */
export function sectionAlternates(pathAfterLocale: string): Alternate[] {
  return everyLocaleAlternates((locale) => `${localeRoot(locale)}${pathAfterLocale}`)
}

/** A page the site has in every locale, at the address `urlOf` gives (a guide, the data page). */
export function everyLocaleAlternates(urlOf: (locale: LocaleCode) => string): Alternate[] {
  return localeCodes.map((locale) => ({ locale, url: urlOf(locale), translated: true }))
}

/** `hreflang` links: translated alternates only, plus `x-default` pointing at the default locale's page. */
export function hreflangLinks(alternates: Alternate[], site: URL, xDefault?: string) {
  const translated = alternates.filter((alternate) => alternate.translated)
  const fallbackTarget = xDefault ?? (translated.find((alternate) => alternate.locale === defaultLocale) ?? translated[0])?.url
  return [
    ...translated.map((alternate) => ({ hreflang: getLocale(alternate.locale).tag, href: new URL(alternate.url, site).href })),
    ...(fallbackTarget ? [{ hreflang: 'x-default', href: new URL(fallbackTarget, site).href }] : []),
  ]
}
