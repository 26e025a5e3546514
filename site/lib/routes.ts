import { locales } from '../../cms/locales'
import { type PageCollection, sections } from './content'

/** Collections with a list page and item pages under a section (`/en/news/…`). */
export const sectionCollections = (Object.keys(sections) as PageCollection[]).filter((collection) => sections[collection])

/** The locale code whose URL segment this is (`zh-hans` → `zh`), or undefined for an unknown segment. */
export function localeOfSegment(segment: string | undefined): string | undefined {
  return locales.find((locale) => locale.segment === segment)?.code
}

export const notFound = () => new Response(null, { status: 404 })
