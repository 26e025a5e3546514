import { locales } from '../../cms/locales'
import { type PageCollection, sections } from './content'

/** `getStaticPaths` params for every locale of the registry. */
export function localeParams() {
  return locales.map((locale) => ({ params: { locale: locale.segment }, props: { locale: locale.code } }))
}

/** Collections with a list page and item pages under a section (`/en/news/…`). */
export const sectionCollections = (Object.keys(sections) as PageCollection[]).filter((collection) => sections[collection])

export function collectionOfSection(section: string): PageCollection {
  const collection = sectionCollections.find((candidate) => sections[candidate] === section)
  if (!collection) throw new Error(`Unknown section "${section}"`)
  return collection
}

export function localeOfSegment(segment: string): string {
  const locale = locales.find((entry) => entry.segment === segment)
  if (!locale) throw new Error(`Unknown locale segment "${segment}"`)
  return locale.code
}
