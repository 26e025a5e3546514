/** A collection's items translated in a locale, in parts of a fixed size: the files of the sitemap. */
import type { LocaleCode } from '../../../cms/locales'
import type { ExportedItem } from '../../../publishing/format/exportFormat'
import { signature, withoutTrace } from '../dependencies'
import { derived, load } from './loadedExport'
import { defineQuery } from './queryRegistry'

/** A collection's items translated in a locale, in the order they were created (by id), which appending keeps. */
function translatedInIdOrder(collection: string, locale: LocaleCode): ExportedItem[] {
  return derived(`translated\0${collection}\0${locale}`, () => {
    const { list, raw } = load(collection)
    const byId = (a: ExportedItem, b: ExportedItem) =>
      typeof a.id === 'number' && typeof b.id === 'number' ? a.id - b.id : String(a.id).localeCompare(String(b.id))
    const translated = raw.flatMap((item, position) => (item.locales.includes(locale) ? [{ item, traced: list[position] }] : []))
    translated.sort((a, b) => byId(a.item, b.item))
    return translated.map((entry) => entry.traced)
  })
}

/**
 * One part of a collection's items translated in a locale, in creation order, and how many parts there are: the
 * sitemap's files. In creation order, a new item lands in the last part and an edit changes one part only.
 */
export const translatedPart = defineQuery(
  'translatedPart',
  (collection: string, locale: LocaleCode, part: number, size: number) => {
    const all = translatedInIdOrder(collection, locale)
    return { items: all.slice((part - 1) * size, part * size), partCount: Math.max(1, Math.ceil(all.length / size)) }
  },
  // What a sitemap shows of an item, its addresses in every language: an edit of its text does not touch the part.
  (answer) => [answer.items.map(addressKey), answer.partCount],
)

const addressKeys = new WeakMap<ExportedItem, string>()

/** A short signature of an item's addresses (its id, translated locales and slugs), made once per loaded item. */
function addressKey(item: ExportedItem): string {
  let key = addressKeys.get(item)
  if (key === undefined) {
    key = withoutTrace(() => signature([item.id, item.locales, item.data.slug ?? item.data.code]))
    addressKeys.set(item, key)
  }
  return key
}

/** How many parts `translatedPart` has (for the route table; not a page's dependency). */
export function translatedPartCount(collection: string, locale: LocaleCode, size: number): number {
  return Math.max(1, Math.ceil(translatedInIdOrder(collection, locale).length / size))
}
