/**
 * The site's only way to the content: reads the published-content export (written by `npm run export`) and answers
 * in terms of pages — which item exists in which locale, its URL, and its fields with fallback applied.
 * Pages never read the export format or the database directly.
 */
import fs from 'node:fs'
import path from 'node:path'

import { defaultLocale, fallbackChain, getLocale, localeCodes } from '../../cms/locales'
import type { ExportedItem } from '../../cms/export/exportPublished'

export type { ExportedItem }

export const exportDir = path.resolve(process.env.CONCORD_EXPORT_DIR ?? path.join(process.cwd(), '.data', 'export'))

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

const cache = new Map<string, ExportedItem[]>()

/** Every published item of a collection, newest first where the collection has a date. */
export function items(collection: string): ExportedItem[] {
  if (!cache.has(collection)) {
    const file = path.join(exportDir, `${collection}.json`)
    if (!fs.existsSync(file)) throw new Error(`No export at ${file}: run \`npm run export\` before building the site.`)
    const list = JSON.parse(fs.readFileSync(file, 'utf8')) as ExportedItem[]
    const dateOf = (item: ExportedItem) =>
      String(item.data.publishedAt ?? item.data.startDate ?? item.data.date ?? item.updatedAt ?? '')
    cache.set(collection, list.sort((a, b) => dateOf(b).localeCompare(dateOf(a))))
  }
  return cache.get(collection)!
}

export function itemById(collection: string, id: unknown): ExportedItem | undefined {
  return items(collection).find((item) => item.id === id)
}

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

/** Splits a list into pages of `size`; page numbers start at 1. */
export function paginate<T>(list: T[], size: number): T[][] {
  const pages: T[][] = []
  for (let index = 0; index < list.length; index += size) pages.push(list.slice(index, index + size))
  return pages.length > 0 ? pages : [[]]
}

export const pageSize = 10
