/** What is tagged with a topic or a country, of every kind, newest first: the lists of topic and country pages. */
import type { ExportedItem } from '../../../publishing/format/exportFormat'
import { derived, itemDate, load } from './loadedExport'
import { pageSize } from './lists'
import { defineQuery } from './queryRegistry'
import type { PageCollection } from './urls'

/** Per tag id, the items of a collection naming it in one of `fieldNames`, newest first. */
function tagIndex(collection: string, fieldNames: string): Map<string, ExportedItem[]> {
  return derived(`tags\0${collection}\0${fieldNames}`, () => {
    const { list, raw } = load(collection)
    const index = new Map<string, ExportedItem[]>()
    raw.forEach((item, position) => {
      const tags = new Set(fieldNames.split(',').flatMap((name) => ((item.data[name] as unknown[] | null | undefined) ?? []).map(String)))
      for (const tag of tags) {
        let tagged = index.get(tag)
        if (!tagged) index.set(tag, (tagged = []))
        tagged.push(list[position])
      }
    })
    return index
  })
}

/** The kinds of item a topic or country page lists, and the fields that name it. */
const taggedKinds = ['articles', 'videos', 'case-highlights', 'events', 'documents'] as const
const tagFields = { topics: 'topics', countries: 'countries,participatingCountries' } as const

export interface TaggedEntry {
  collection: PageCollection
  item: ExportedItem
}

/** Everything tagged with a topic or country, of every kind, newest first. */
function taggedEntries(taxonomy: keyof typeof tagFields, id: string | number): TaggedEntry[] {
  return derived(`tagged\0${taxonomy}\0${String(id)}`, () => {
    const dated = taggedKinds.flatMap((collection) =>
      (tagIndex(collection, tagFields[taxonomy]).get(String(id)) ?? []).map((item) => ({ collection, item, date: itemDate(item) })),
    )
    dated.sort((a, b) => b.date.localeCompare(a.date) || String(a.item.id).localeCompare(String(b.item.id)))
    return dated.map(({ collection, item }) => ({ collection, item }))
  })
}

/** One page of a topic's or a country's items (a topic of a large site names thousands), and how many pages there are. */
export const taggedPage = defineQuery(
  'taggedPage',
  (taxonomy: keyof typeof tagFields, id: string | number, page: number, size: number) => {
    const entries = taggedEntries(taxonomy, id)
    return { entries: entries.slice((page - 1) * size, page * size), pageCount: Math.max(1, Math.ceil(entries.length / size)) }
  },
  (answer) => [answer.entries.map((entry) => [entry.collection, entry.item.id]), answer.pageCount],
)

/** How many pages a topic's or a country's list takes (for the route table; not a page's dependency). */
export function taggedPageCount(taxonomy: keyof typeof tagFields, id: string | number): number {
  return Math.max(1, Math.ceil(taggedEntries(taxonomy, id).length / pageSize))
}
