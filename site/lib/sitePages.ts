/**
 * Every page and file the site consists of, with the address it is served at and the file it is written to.
 * The renderer walks this table (all of it for a full build, the affected part after a publish); the catch-all page
 * (`site/pages/[...path].astro`) looks the requested address up in it to know what to show.
 */
import { getLocale, type LocaleCode, locales } from '../../cms/locales'
import { contentGeneration, type ExportedItem, itemDate, itemPages, taggedPageCount, items, itemUrl, pageSize, type PageCollection, previewedDraft, sections, slugOf } from './content'
import { embedPageUrl, oembedUrl } from './embeds'
import { feeds } from './feeds'
import { guideNames, type GuideName } from './guides'
import { datasetNames } from './openData/datasets'
import { sitemapPartUrls } from './sitemap'
import { sectionCollections } from './urlSegments'
import { withoutTrace } from './dependencies'

export type SitePage =
  | { kind: 'home'; locale: LocaleCode }
  | { kind: 'search'; locale: LocaleCode }
  | { kind: 'notFound'; locale: LocaleCode }
  | { kind: 'embed'; locale: LocaleCode; item: ExportedItem }
  | { kind: 'feeds'; locale: LocaleCode }
  | { kind: 'data'; locale: LocaleCode }
  | { kind: 'guide'; locale: LocaleCode; guide: GuideName }
  | { kind: 'list'; locale: LocaleCode; collection: PageCollection; pageNumber: number }
  | {
      kind: 'item'
      locale: LocaleCode
      collection: PageCollection
      item: ExportedItem
      translated: boolean
      textLocale: LocaleCode
      /** Topic and country pages list what is tagged with them, ten at a time. */
      pageNumber?: number
    }

export interface SiteRoute {
  /** The address requested from Astro, with a trailing slash for pages. */
  url: string
  /** Where the response is written, relative to the release root. */
  file: string
  page?: SitePage
  /** An item page's date: the search index is split by it, newest first. */
  date?: string
}

let table: { generation: number; routes: Map<string, SiteRoute> } | undefined

/** The whole route table (built once per loaded export; reads here are not a page's dependencies). */
export function siteRoutes(): Map<string, SiteRoute> {
  if (table?.generation !== contentGeneration()) table = { generation: contentGeneration(), routes: withoutTrace(buildTable) }
  return table.routes
}

export function pageAt(pathname: string): SitePage | undefined {
  const address = decodeURI(pathname)
  return draftPageAt(address) ?? siteRoutes().get(address)?.page
}

/** In a preview, the draft's own page (its address may be new: a new item or a changed slug). */
function draftPageAt(address: string): SitePage | undefined {
  const draft = previewedDraft()
  if (!draft) return undefined
  const collection = draft.collection as PageCollection
  const page = itemPages(collection).find(({ item, locale }) => String(item.id) === String(draft.item.id) && itemUrl(collection, item, locale) === address)
  return page && { kind: 'item', collection, ...page }
}

function buildTable(): Map<string, SiteRoute> {
  const routes = new Map<string, SiteRoute>()
  const page = (url: string, sitePage?: SitePage) => routes.set(url, { url, file: `${url.slice(1)}index.html`, page: sitePage })
  const file = (url: string) => routes.set(url, { url, file: url.slice(1) })

  page('/')
  routes.set('/404/', { url: '/404/', file: '404.html' })
  for (const name of ['sitemap-index.xml', 'robots.txt', 'redirects.json', 'redirects.nginx.conf', 'redirects.caddy', 'go.json', 'go.nginx.conf', 'go.caddy']) file(`/${name}`)
  for (const dataset of datasetNames) file(`/data/schemas/${dataset}.schema.json`)
  for (const { code: locale, segment } of locales) {
    const root = `/${segment}/`
    page(root, { kind: 'home', locale })
    page(`${root}search/`, { kind: 'search', locale })
    page(`${root}404/`, { kind: 'notFound', locale })
    file(`${root}sitemap.xml`)
    for (const part of sitemapPartUrls(locale)) file(part)
    for (const feed of Object.keys(feeds)) {
      file(`${root}feeds/${feed}.xml`)
      file(`${root}feeds/${feed}.json`)
    }
    page(`${root}feeds/`, { kind: 'feeds', locale })
    file(`${root}feeds/events.ics`)
    page(`${root}data/`, { kind: 'data', locale })
    for (const dataset of datasetNames) {
      file(`${root}data/${dataset}.json`)
      file(`${root}data/${dataset}.csv`)
    }
    for (const guide of guideNames) page(`${root}guides/${guide}/`, { kind: 'guide', locale, guide })
    for (const collection of sectionCollections) {
      // The document library is one filterable page; other sections paginate.
      const pageCount = collection === 'documents' ? 1 : Math.max(1, Math.ceil(items(collection).length / pageSize))
      for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
        page(`${root}${sections[collection]}/${pageNumber > 1 ? `page/${pageNumber}/` : ''}`, { kind: 'list', locale, collection, pageNumber })
      }
    }
  }
  for (const collection of [...sectionCollections, 'pages' as const]) {
    for (const { item, locale, translated, textLocale } of itemPages(collection)) {
      const section = sections[collection]
      const url = `/${getLocale(locale).segment}/${section ? `${section}/` : ''}${slugOf(item, collection, locale)}/`
      page(url, { kind: 'item', locale, collection, item, translated, textLocale })
      routes.get(url)!.date = itemDate(item)
      // Videos have a player page other sites may frame; videos, articles and cases an oEmbed answer (site/lib/embeds.ts).
      if (collection === 'videos') page(embedPageUrl(item, locale), { kind: 'embed', locale, item })
      const oembed = oembedUrl(collection, item, locale)
      if (oembed) file(oembed)
      // Every event page has its "Add to calendar" file beside it.
      if (collection === 'events') file(`${url}calendar.ics`)
      if (collection === 'topics' || collection === 'countries') {
        const pageCount = taggedPageCount(collection, item.id)
        for (let pageNumber = 2; pageNumber <= pageCount; pageNumber++) {
          page(`${url}page/${pageNumber}/`, { kind: 'item', locale, collection, item, translated, textLocale, pageNumber })
        }
      }
    }
  }
  return routes
}
