/** A collection's list as pages show it: the newest items, one page of the list, the newest in a language. */
import type { LocaleCode } from '../../../cms/locales'
import type { ExportedItem } from '../../../publishing/format/exportFormat'
import { load } from './loadedExport'
import { defineQuery } from './queryRegistry'

/** Items per list page. */
export const pageSize = 10

const ids = (list: ExportedItem[]) => list.map((item) => item.id)

/** The newest `count` items of a collection. */
export const latest = defineQuery(
  'latest',
  (collection: string, count: number) => load(collection).list.slice(0, count),
  ids,
)

/** One page of a collection's list, and how many pages there are. */
export const listPage = defineQuery(
  'listPage',
  (collection: string, page: number, size: number) => {
    const list = load(collection).list
    return { items: list.slice((page - 1) * size, page * size), pageCount: Math.max(1, Math.ceil(list.length / size)) }
  },
  (answer) => [ids(answer.items), answer.pageCount],
)

/** The newest `count` items published in a locale (feeds carry only text the reader can read). */
export const latestTranslated = defineQuery(
  'latestTranslated',
  (collection: string, locale: LocaleCode, count: number) => {
    const { list, raw } = load(collection)
    return list.filter((_, position) => raw[position].locales.includes(locale)).slice(0, count)
  },
  ids,
)
