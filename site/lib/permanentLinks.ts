/**
 * Language-independent permanent links (`/go/<kind>/<id>/`): the map a release carries, and the absolute link shown on
 * item pages, used as JSON-LD `@id` and as feed entry ids. Which page a link answers with is decided where it is
 * served (publishing/serve/permanentLinks.ts, and the nginx and Caddy rules of site/lib/permanentLinkRules.ts).
 */
import { defaultLocale, isLocaleCode, localeCodes } from '../../cms/locales'
import {
  type PermanentLinkEntry,
  type PermanentLinkMap,
  permanentLinkKindOf,
  permanentLinkKinds,
  permanentLinkPath,
} from '../../publishing/format/permanentLinks'
import { type ExportedItem, itemUrl, items, type PageCollection } from './content'

/** `/go/<kind>/<id>/` of an item, or undefined for a collection without permanent links. */
export function permanentLink(collection: PageCollection, item: ExportedItem): string | undefined {
  const kind = permanentLinkKindOf(collection)
  return kind && permanentLinkPath(kind, item.id)
}

/** The permanent link as an absolute URL on the site. */
export function permanentLinkUrl(collection: PageCollection, item: ExportedItem, site: URL): string | undefined {
  const link = permanentLink(collection, item)
  return link && new URL(link, site).href
}

/** A page address as sent on the wire: each segment percent-encoded (native-script slugs). */
export function encodedPath(address: string): string {
  return address
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/**
 * Every published item's entry: its pages in the languages it is published in (only those: a fallback page or an
 * unpublished translation is never a target) and its own language, the default locale when published in it.
 */
export function permanentLinkMap(): PermanentLinkMap {
  const entries: Record<string, PermanentLinkEntry> = {}
  for (const [kind, collection] of Object.entries(permanentLinkKinds)) {
    for (const item of items(collection)) {
      const published = localeCodes.filter((code) => item.locales.includes(code))
      if (published.length === 0) continue
      const source = published.includes(defaultLocale) ? defaultLocale : published.find(isLocaleCode)!
      const pages = Object.fromEntries(published.map((code) => [code, encodedPath(itemUrl(collection as PageCollection, item, code))]))
      entries[`${kind}/${String(item.id)}`] = { source, pages }
    }
  }
  return { format: 1, items: entries }
}
