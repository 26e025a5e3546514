/** Where pages live: the locale root, a collection's section, an item's page. */
import { defaultLocale, getLocale, type LocaleCode } from '../../../cms/locales'
import type { ExportedItem } from '../../../publishing/format/exportFormat'
import { load } from './loadedExport'
import { contentLocale } from './localizedFields'
import { defineQuery } from './queryRegistry'

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

/** Localized values of an item's slug, by locale. */
type Slugs = Partial<Record<LocaleCode, string>>

/** The slug of an item in a locale: its own when translated, else the one of the language it falls back to. */
export function slugOf(item: ExportedItem, collection: string, locale: LocaleCode): string {
  if (collection === 'countries') return String(item.data.code).toLowerCase()
  const slugs = (item.data.slug ?? {}) as Slugs
  return slugs[locale] ?? slugs[contentLocale(item, locale)] ?? String(item.id)
}

export function localeRoot(locale: LocaleCode): string {
  return `/${getLocale(locale).segment}/`
}

export function sectionUrl(collection: PageCollection, locale: LocaleCode): string {
  const section = sections[collection]
  return section ? `${localeRoot(locale)}${section}/` : localeRoot(locale)
}

export function itemUrl(collection: PageCollection, item: ExportedItem, locale: LocaleCode): string {
  return `${sectionUrl(collection, locale)}${slugOf(item, collection, locale)}/`
}

/** The URL of a standing page (about, contact, legal notice) by its default-locale slug, in a locale. */
export const standingPageUrl = defineQuery(
  'standingPageUrl',
  (key: string, locale: LocaleCode) => {
    const page = load('pages').list.find((item) => (item.data.slug as Slugs | undefined)?.[defaultLocale] === key)
    return page ? itemUrl('pages', page, locale) : undefined
  },
  (url) => url ?? null,
)
