import type { LocaleCode } from '../../cms/locales'
import { field, type ExportedItem, itemUrl, media, type MediaRef, type PageCollection } from './content'

export interface Card {
  url: string
  title: string
  summary?: string
  date?: string
  image?: MediaRef
  textLocale: LocaleCode
  kind: PageCollection
}

const summaryField: Partial<Record<PageCollection, string>> = {
  articles: 'summary',
  videos: 'description',
  'case-highlights': 'summary',
  events: 'summary',
  documents: 'summary',
  topics: 'description',
}
const imageField: Partial<Record<PageCollection, string>> = {
  articles: 'cover',
  videos: 'poster',
  'case-highlights': 'cover',
  events: 'cover',
  partners: 'logo',
}
const dateField: Partial<Record<PageCollection, string>> = {
  articles: 'publishedAt',
  videos: 'publishedAt',
  'case-highlights': 'publishedAt',
  events: 'startDate',
  documents: 'date',
}

/** What a list shows of an item, in the reader's locale with fallback. */
export function cardFor(collection: PageCollection, item: ExportedItem, locale: LocaleCode, textLocale: LocaleCode): Card {
  const summary = summaryField[collection]
  const image = imageField[collection]
  const date = dateField[collection]
  return {
    url: itemUrl(collection, item, locale),
    title: field(item, 'title', locale) ?? field(item, 'name', locale) ?? '',
    summary: summary ? field(item, summary, locale) : undefined,
    date: date ? (item.data[date] as string | undefined) : undefined,
    image: image && item.data[image] ? media(item.data[image], locale) : undefined,
    textLocale,
    kind: collection,
  }
}
