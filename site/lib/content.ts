/**
 * The site's only way to the content: reads the published-content export (written by `npm run export`) and answers
 * in terms of pages — which item exists in which locale, its URL, and its fields with fallback applied.
 * Pages never read the export format or the database directly.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import fs from 'node:fs'
import path from 'node:path'

import { defaultLocale, fallbackChain, getLocale, localeCodes } from '../../cms/locales'
import { type ListedItem, listFile, readDetails, readList } from '../../cms/export/exportFiles'
import type { ExportedItem } from '../../cms/export/exportPublished'
import { collectionKey, itemKey, recordQuery, recordRead, signature, withoutTrace } from './dependencies'

export type { ExportedItem }

/** The export being read: from the environment at each load, so a long-lived renderer can switch exports. */
export const exportDir = () => path.resolve(process.env.CONCORD_EXPORT_DIR ?? path.join(process.cwd(), '.data', 'export'))

/** URL sections per collection; pages live at the locale root (`/en/about/`). */
export const sections = {
  articles: 'news',
  videos: 'videos',
  'case-highlights': 'cases',
  events: 'events',
  documents: 'documents',
  partners: 'partners',
  pages: '',
  topics: 'topics',
  countries: 'countries',
} as const

export type PageCollection = keyof typeof sections

interface Loaded {
  /** Newest first where the collection has a date; the objects pages get, recording reads of their fields. */
  list: ExportedItem[]
  /** The same items as exported, in the same order: for indexes built without recording reads. */
  raw: ExportedItem[]
  byId: Map<string, ExportedItem>
  /** A signature per item of everything exported about it, to tell which items a publish changed. */
  hashes: Map<string, string>
}

const cache = new Map<string, Loaded>()

function load(collection: string): Loaded {
  let loaded = cache.get(collection)
  if (!loaded) {
    const dir = exportDir()
    if (!fs.existsSync(listFile(dir, collection))) throw new Error(`No export at ${listFile(dir, collection)}: run \`npm run export\` before building the site.`)
    const listed = readList(dir, collection)
    const dates = new Map(listed.map((item) => [item, itemDate(item)]))
    listed.sort((a, b) => dates.get(b)!.localeCompare(dates.get(a)!) || String(a.id).localeCompare(String(b.id)))
    const raw = listed.map((item) => withDetails(dir, collection, item))
    const list = raw.map((item) => traced(collection, item))
    loaded = {
      list,
      raw,
      byId: new Map(list.map((item) => [String(item.id), item])),
      hashes: new Map(listed.map((item) => [String(item.id), item.signature])),
    }
    cache.set(collection, loaded)
  }
  return loaded
}

/**
 * The date an item is listed by (publication, event start or document date): newest first everywhere. Read outside
 * page renders (loading, the route table, inside queries), where nothing is recorded.
 */
export function itemDate(item: ExportedItem): string {
  return String(item.data.publishedAt ?? item.data.startDate ?? item.data.date ?? item.updatedAt ?? '')
}

/**
 * The listed item with its long fields (rich text, blocks) read from its own file when a page asks for them. They are
 * not kept: a full render passes every item once, and holding every body would make memory grow with the corpus.
 * The few items read again and again while a page renders come from a small recent-items cache.
 */
function withDetails(dir: string, collection: string, listed: ListedItem): ExportedItem {
  const { signature: _signature, details, ...item } = listed
  if (!details) return item
  const data = { ...item.data }
  for (const name of details) {
    Object.defineProperty(data, name, { enumerable: true, get: () => recentDetails(dir, collection, item.id)[name] })
  }
  return { ...item, data }
}

const recent = new Map<string, Record<string, unknown>>()
const recentLimit = 32

function recentDetails(dir: string, collection: string, id: unknown): Record<string, unknown> {
  const key = `${dir}\0${collection}\0${String(id)}`
  let details = recent.get(key)
  if (details) {
    recent.delete(key)
  } else {
    details = readDetails(dir, collection, id)
    if (recent.size >= recentLimit) recent.delete(recent.keys().next().value!)
  }
  recent.set(key, details)
  return details
}

/** The item as pages see it: reading its fields or locales during a render records the page's dependency on it. */
function traced(collection: string, item: ExportedItem): ExportedItem {
  const key = itemKey(collection, item.id)
  return {
    id: item.id,
    updatedAt: item.updatedAt,
    get locales() {
      recordRead(key)
      return item.locales
    },
    get data() {
      recordRead(key)
      return item.data
    },
    get outdated() {
      recordRead(key)
      return item.outdated
    },
  }
}

/**
 * Whether the page of an item in a locale says its translation may be out of date (the source changed since it was
 * translated). On by default; `CONCORD_OUTDATED_NOTICE=off` at build time turns the notice off.
 */
export function isOutdated(item: ExportedItem, locale: string): boolean {
  if (process.env.CONCORD_OUTDATED_NOTICE === 'off' || locale === defaultLocale) return false
  return (item.outdated?.[locale]?.length ?? 0) > 0
}

/** Every published item of a collection, newest first; a page that walks the whole list depends on all of it. */
export function items(collection: string): ExportedItem[] {
  recordRead(collectionKey(collection))
  const draft = previewing.getStore()
  const list = load(collection).list
  if (draft?.collection !== collection) return list
  return [draft.item, ...list.filter((item) => String(item.id) !== String(draft.item.id))]
}

export function itemById(collection: string, id: unknown): ExportedItem | undefined {
  const draft = previewing.getStore()
  if (draft?.collection === collection && String(draft.item.id) === String(id)) return draft.item
  // Looking an item up depends on it even when it is not there: its publication must re-render the page.
  recordRead(itemKey(collection, id))
  return load(collection).byId.get(String(id))
}

const previewing = new AsyncLocalStorage<{ collection: string; item: ExportedItem } | undefined>()

/**
 * Renders with one draft item in place of its published version (or added, when it was never published): the
 * preview of an item uses the very templates and published surroundings of the public site.
 */
export function withDraft<T>(collection: string, item: ExportedItem, render: () => T): T {
  return previewing.run({ collection, item }, render)
}

/** The draft being previewed, if this render is a preview. */
export function previewedDraft(): { collection: string; item: ExportedItem } | undefined {
  return previewing.getStore()
}

/** Signatures of every item of a collection (see `site/render/`). */
export function itemHashes(collection: string): Map<string, string> {
  return load(collection).hashes
}

/** Forgets the loaded export, so the next read sees a newer one (the preview and long-lived renderers). */
export function reloadContent() {
  cache.clear()
  recent.clear()
  derivedCache.clear()
  generation++
}

let generation = 0

/** Changes whenever the content is reloaded, so tables derived from it know to rebuild. */
export function contentGeneration(): number {
  return generation
}

const queries = new Map<string, (...args: never[]) => { result: unknown; signed: unknown }>()

/**
 * A question about a set of items whose answer a page depends on. The key names the question and its arguments, so
 * after a publish the renderer can ask it again (`querySignature`) and re-render only the pages whose answer changed.
 */
function defineQuery<Args extends (string | number)[], Result>(
  name: string,
  answer: (...args: Args) => Result,
  signed: (result: Result) => unknown,
): (...args: Args) => Result {
  queries.set(name, ((...args: Args) => {
    const result = answer(...args)
    return { result, signed: signed(result) }
  }) as never)
  return (...args: Args) => recordQuery(`q:${name}:${JSON.stringify(args)}`, () => answer(...args), signed)
}

/** The current answer signature of a recorded query key; undefined when the key is not a known query. */
export function querySignature(key: string): string | undefined {
  const match = /^q:([^:]+):(.*)$/.exec(key)
  const query = match && queries.get(match[1])
  if (!query) return undefined
  return signature(withoutTrace(() => query(...(JSON.parse(match[2]) as never[])).signed))
}

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

/** Indexes and orderings computed from the loaded export, once each until it is reloaded. */
const derivedCache = new Map<string, unknown>()

function derived<T>(key: string, compute: () => T): T {
  if (!derivedCache.has(key)) derivedCache.set(key, withoutTrace(compute))
  return derivedCache.get(key) as T
}

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

/** A collection's items translated in a locale, in the order they were created (by id), which appending keeps. */
function translatedInIdOrder(collection: string, locale: string): ExportedItem[] {
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
  (collection: string, locale: string, part: number, size: number) => {
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
export function translatedPartCount(collection: string, locale: string, size: number): number {
  return Math.max(1, Math.ceil(translatedInIdOrder(collection, locale).length / size))
}

/** The newest `count` items published in a locale (feeds carry only text the reader can read). */
export const latestTranslated = defineQuery(
  'latestTranslated',
  (collection: string, locale: string, count: number) => {
    const { list, raw } = load(collection)
    return list.filter((_, position) => raw[position].locales.includes(locale)).slice(0, count)
  },
  ids,
)

export function isTranslated(item: ExportedItem, locale: string): boolean {
  return item.locales.includes(locale)
}

/** The locale whose text a page shows: the reader's if translated, else the first translated one in its chain. */
export function contentLocale(item: ExportedItem, locale: string): string {
  return fallbackChain(locale).find((code) => item.locales.includes(code)) ?? item.locales[0] ?? defaultLocale
}

/** A localized field's value in a locale, following the fallback chain field by field. */
export function field<T = string>(item: ExportedItem, name: string, locale: string): T | undefined {
  const value = item.data[name]
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'object' || Array.isArray(value) || !isLocaleMap(value)) return value as T
  for (const code of fallbackChain(locale)) {
    const translated = (value as Record<string, unknown>)[code]
    if (translated !== undefined && translated !== null && translated !== '') return translated as T
  }
  return undefined
}

function isLocaleMap(value: object): boolean {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => (localeCodes as string[]).includes(key))
}

/** The slug of an item in a locale: its own when translated, else the one of the language it falls back to. */
export function slugOf(item: ExportedItem, collection: string, locale: string): string {
  if (collection === 'countries') return String(item.data.code).toLowerCase()
  const slugs = (item.data.slug ?? {}) as Record<string, string>
  return slugs[locale] ?? slugs[contentLocale(item, locale)] ?? String(item.id)
}

export function localeRoot(locale: string): string {
  return `/${getLocale(locale).segment}/`
}

export function sectionUrl(collection: PageCollection, locale: string): string {
  const section = sections[collection]
  return section ? `${localeRoot(locale)}${section}/` : localeRoot(locale)
}

export function itemUrl(collection: PageCollection, item: ExportedItem, locale: string): string {
  return `${sectionUrl(collection, locale)}${slugOf(item, collection, locale)}/`
}

export interface ItemPage {
  item: ExportedItem
  locale: string
  /** True when the reader's locale has a published translation; false for a fallback page. */
  translated: boolean
  /** The language the text is shown in. */
  textLocale: string
}

/** One page per item per locale: translated pages and fallback pages alike. */
export function itemPages(collection: PageCollection): ItemPage[] {
  return items(collection).flatMap((item) =>
    localeCodes.map((locale) => ({
      item,
      locale,
      translated: isTranslated(item, locale),
      textLocale: contentLocale(item, locale),
    })),
  )
}

export interface MediaRef {
  filename: string
  alt: string
  caption?: string
  width?: number
  height?: number
  altLocale: string
}

/** An image with its alt text in the locale (or its fallback) — alt text is required on every image. */
export function media(id: unknown, locale: string): MediaRef | undefined {
  const image = itemById('media', id)
  if (!image) return undefined
  const alt = (image.data.alt ?? {}) as Record<string, string>
  const altLocale = fallbackChain(locale).find((code) => alt[code]) ?? defaultLocale
  return {
    filename: String(image.data.filename),
    alt: alt[altLocale] ?? '',
    caption: field<string>(image, 'caption', locale),
    altLocale,
    width: image.data.width as number | undefined,
    height: image.data.height as number | undefined,
  }
}

export interface FileRef {
  filename: string
  mimeType: string
  filesize: number
  url: string
}

/** A downloadable file, copied to the site under `/files/`. */
export function file(id: unknown): FileRef | undefined {
  const found = itemById('files', id)
  if (!found) return undefined
  return {
    filename: String(found.data.filename),
    mimeType: String(found.data.mimeType),
    filesize: Number(found.data.filesize),
    url: `/files/${encodeURIComponent(String(found.data.filename))}`,
  }
}

/** Items per list page. */
export const pageSize = 10

/** The URL of a standing page (about, contact, legal notice) by its default-locale slug, in a locale. */
export const standingPageUrl = defineQuery(
  'standingPageUrl',
  (key: string, locale: string) => {
    const page = load('pages').list.find((item) => (item.data.slug as Record<string, string> | undefined)?.[defaultLocale] === key)
    return page ? itemUrl('pages', page, locale) : undefined
  },
  (url) => url ?? null,
)
