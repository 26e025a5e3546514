import { getLocale, type LocaleCode } from '../../cms/locales'
import { field, itemUrl, latestTranslated, type PageCollection, sectionUrl } from './content'
import { t } from './i18n'
import { permanentLinkUrl } from './permanentLinks'

/** Feed names in URLs and the collections they carry. */
export const feeds = {
  news: 'articles',
  videos: 'videos',
  cases: 'case-highlights',
  events: 'events',
  documents: 'documents',
} as const satisfies Record<string, PageCollection>

export type FeedName = keyof typeof feeds

const titleKeys: Record<FeedName, string> = {
  news: 'nav.news',
  videos: 'nav.videos',
  cases: 'nav.cases',
  events: 'nav.events',
  documents: 'nav.documents',
}

export interface FeedEntry {
  id: string
  url: string
  title: string
  summary: string
  date: string
  updated: string
}

/** A feed in a locale lists only items published in that language: readers subscribe to text they can read. */
export function feedEntries(name: FeedName, locale: LocaleCode, site: URL): { title: string; home: string; entries: FeedEntry[] } {
  const collection = feeds[name]
  const entries = latestTranslated(collection, locale, 50).map((item) => {
    const url = new URL(itemUrl(collection, item, locale), site).href
    return {
      // The permanent link: an entry keeps its id when its slug changes.
      id: permanentLinkUrl(collection, item, site) ?? url,
      url,
      title: field<string>(item, 'title', locale) ?? '',
      summary: field<string>(item, 'summary', locale) ?? field<string>(item, 'description', locale) ?? '',
      date: String(item.data.publishedAt ?? item.data.startDate ?? item.data.date ?? item.updatedAt),
      updated: item.updatedAt,
    }
  })
  return {
    title: t(locale, 'feed.title', { site: t(locale, 'site.name'), section: t(locale, titleKeys[name]) }),
    home: new URL(sectionUrl(collection, locale), site).href,
    entries,
  }
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`)
}

export function atom(name: FeedName, locale: LocaleCode, site: URL, self: string): string {
  const feed = feedEntries(name, locale, site)
  const updated = feed.entries.map((entry) => entry.updated).sort().at(-1) ?? new Date(0).toISOString()
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${getLocale(locale).tag}">
<title>${escapeXml(feed.title)}</title>
<id>${escapeXml(self)}</id>
<link rel="self" href="${escapeXml(self)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>
<updated>${new Date(updated).toISOString()}</updated>
${feed.entries
  .map(
    (entry) => `<entry>
<id>${escapeXml(entry.id)}</id>
<title>${escapeXml(entry.title)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
<published>${new Date(entry.date).toISOString()}</published>
<updated>${new Date(entry.updated).toISOString()}</updated>
<summary>${escapeXml(entry.summary)}</summary>
</entry>`,
  )
  .join('\n')}
</feed>
`
}

export function jsonFeed(name: FeedName, locale: LocaleCode, site: URL, self: string): string {
  const feed = feedEntries(name, locale, site)
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.home,
    feed_url: self,
    language: getLocale(locale).tag,
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      // JSON Feed 1.1 requires content_html or content_text: the summary, escaped as the Atom feed's summary is.
      content_html: entry.summary ? `<p>${escapeXml(entry.summary)}</p>` : '',
      date_published: new Date(entry.date).toISOString(),
      date_modified: new Date(entry.updated).toISOString(),
    })),
  })
}
