import { getLocale, type LocaleCode } from '../../cms/locales'
import { field, type ExportedItem, file, itemUrl, type PageCollection, sectionUrl } from './content'
import { t } from './i18n'
import { permanentLinkUrl } from './permanentLinks'

const sectionKeys: Partial<Record<PageCollection, string>> = {
  articles: 'nav.news',
  videos: 'nav.videos',
  'case-highlights': 'nav.cases',
  events: 'nav.events',
  documents: 'nav.documents',
  partners: 'nav.partners',
  topics: 'nav.topics',
  countries: 'nav.countries',
}

/** schema.org data for an item page (NewsArticle, VideoObject, Event, GovernmentOrganization). */
export function itemJsonLd(collection: PageCollection, item: ExportedItem, locale: LocaleCode, site: URL) {
  const url = new URL(itemUrl(collection, item, locale), site).href
  const name = field<string>(item, 'title', locale) ?? field<string>(item, 'name', locale)
  const inLanguage = getLocale(locale).tag
  // The permanent link names the item itself, the same in every language: one entity with a page per language.
  const id = permanentLinkUrl(collection, item, site)
  switch (collection) {
    case 'articles':
      return {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        '@id': id,
        headline: name,
        description: field(item, 'summary', locale),
        datePublished: item.data.publishedAt,
        dateModified: item.updatedAt,
        inLanguage,
        url,
        publisher: { '@type': 'GovernmentOrganization', name: t(locale, 'site.name') },
      }
    case 'videos': {
      const video = file(item.data.video)
      return {
        '@context': 'https://schema.org',
        '@type': 'VideoObject',
        '@id': id,
        name,
        description: field(item, 'description', locale),
        uploadDate: item.data.publishedAt,
        duration: item.data.duration ? `PT${Number(item.data.duration)}S` : undefined,
        contentUrl: video ? new URL(video.url, site).href : undefined,
        inLanguage,
        url,
      }
    }
    case 'events':
      return {
        '@context': 'https://schema.org',
        '@type': 'Event',
        '@id': id,
        name,
        description: field(item, 'summary', locale),
        startDate: item.data.startDate,
        endDate: item.data.endDate ?? undefined,
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        eventStatus: 'https://schema.org/EventScheduled',
        location: { '@type': 'Place', name: field(item, 'place', locale), address: field(item, 'place', locale) },
        inLanguage,
        url,
      }
    case 'partners':
      return {
        '@context': 'https://schema.org',
        '@type': 'GovernmentOrganization',
        '@id': id,
        name,
        url: (item.data.website as string | undefined) ?? url,
      }
    default:
      return undefined
  }
}

/** BreadcrumbList: home › section › item. */
export function breadcrumbJsonLd(collection: PageCollection, item: ExportedItem, locale: LocaleCode, site: URL) {
  const sectionKey = sectionKeys[collection]
  const crumbs = [
    { name: t(locale, 'nav.home'), url: `/${getLocale(locale).segment}/` },
    ...(sectionKey ? [{ name: t(locale, sectionKey), url: sectionUrl(collection, locale) }] : []),
    { name: field<string>(item, 'title', locale) ?? field<string>(item, 'name', locale), url: itemUrl(collection, item, locale) },
  ]
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: new URL(crumb.url, site).href,
    })),
  }
}
