import { locales } from '../../cms/locales'
import { type PageCollection, sections } from './content'

/** `getStaticPaths` params for every locale of the registry. */
export function localeParams() {
  return locales.map((locale) => ({ params: { locale: locale.segment }, props: { locale: locale.code } }))
}

/** Collections with a list page and item pages under a section (`/en/news/…`). */
export const sectionCollections = (Object.keys(sections) as PageCollection[]).filter((collection) => sections[collection])
