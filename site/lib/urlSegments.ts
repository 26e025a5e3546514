/**
 * The segments of the site's addresses: which locale a URL segment names, and which collections have a section
 * segment of their own. Endpoints in site/pages/ take the locale from the route's `[locale]` segment through here.
 */
import { type LocaleCode, locales } from '../../cms/locales'
import { type PageCollection, sections } from './content'

/** Collections with a list page and item pages under a section (`/en/news/…`). */
export const sectionCollections = (Object.keys(sections) as PageCollection[]).filter((collection) => sections[collection])

/**
 * The locale whose URL segment this is, by the registry's `segment` (which need not equal the code), or undefined for
 * an unknown segment: where a locale from an address becomes a `LocaleCode`.
 */
export function localeOfSegment(segment: string | undefined): LocaleCode | undefined {
  return locales.find((locale) => locale.segment === segment)?.code
}

/** The answer of an endpoint for an address that names nothing (an unknown locale, feed or sitemap part). */
export const notFound = () => new Response(null, { status: 404 })
