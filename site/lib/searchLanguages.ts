import { locales } from '../../cms/locales'

/**
 * What the search page's script needs of the registry to label a result of another language: per URL segment (the
 * route's locale, the first segment of every page address), the language's BCP 47 tag and direction.
 */
export function localeSegments(): Record<string, { tag: string; dir: 'ltr' | 'rtl' }> {
  return Object.fromEntries(locales.map((locale) => [locale.segment, { tag: locale.tag, dir: locale.dir }]))
}
