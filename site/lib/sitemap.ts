import { getLocale, type LocaleCode, localeCodes } from '../../cms/locales'
import { everyLocaleAlternates, itemAlternates, sectionAlternates, type Alternate } from './alternates'
import { type PageCollection, sections, translatedPart, translatedPartCount } from './content'
import { withoutTrace } from './dependencies'
import { escapeXml } from './feeds'
import { dataPageUrl, feedsPageUrl, guideNames, guideUrl } from './guides'
import { sectionCollections } from './urlSegments'

/**
 * Written here rather than with @astrojs/sitemap: alternates must pair the same item across localized slugs, which
 * that integration can only guess from URL patterns. Lists only published translations, never fallback pages.
 *
 * Per locale, one sitemap of the home and section pages, and the items in parts of at most `sitemapPartSize`, in
 * creation order: a publish re-renders the one part its item is in (and a new item lands in the last), where one
 * file per locale would be rewritten whole (10 MB at 10,000 articles), and no file nears the protocol's 50,000 URLs.
 */
export const sitemapPartSize = 1000

const sitemapCollections: PageCollection[] = [...sectionCollections, 'pages']

/** A collection's name in sitemap part addresses (`/en/sitemaps/news-3.xml`). */
export const partName = (collection: PageCollection) => sections[collection] || 'pages'

export function collectionOfPart(name: string): PageCollection | undefined {
  return sitemapCollections.find((collection) => partName(collection) === name)
}

/** The addresses of a locale's sitemap parts (for the route table). */
export function sitemapPartUrls(locale: LocaleCode): string[] {
  const root = `/${getLocale(locale).segment}/`
  return sitemapCollections.flatMap((collection) =>
    Array.from({ length: translatedPartCount(collection, locale, sitemapPartSize) }, (_, index) => `${root}sitemaps/${partName(collection)}-${index + 1}.xml`),
  )
}

function urlset(groups: Alternate[][], locale: LocaleCode, site: URL): string {
  const urls = groups.map((group) => {
    const own = group.find((alternate) => alternate.locale === locale)!
    const links = group
      .filter((alternate) => alternate.translated)
      .map((alternate) => `<xhtml:link rel="alternate" hreflang="${getLocale(alternate.locale).tag}" href="${escapeXml(new URL(alternate.url, site).href)}"/>`)
    return `<url><loc>${escapeXml(new URL(own.url, site).href)}</loc>${links.join('')}</url>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`
}

/** Pages every locale has, written for the site rather than from content: the guides, the feeds and the data page. */
const guidePages: ((locale: LocaleCode) => string)[] = [...guideNames.map((guide) => (locale: LocaleCode) => guideUrl(guide, locale)), feedsPageUrl, dataPageUrl]

/** The home and section pages of a locale, and its guides. */
export function localeSitemap(locale: LocaleCode, site: URL): string {
  const sectionsOf = ['', ...sectionCollections.map((collection) => `${sections[collection]}/`)].map(sectionAlternates)
  const guides = guidePages.map(everyLocaleAlternates)
  return urlset([...sectionsOf, ...guides], locale, site)
}

/** One part of a locale's items of a collection; undefined for a part that does not exist. */
export function sitemapPart(locale: LocaleCode, collection: PageCollection, part: number, site: URL): string | undefined {
  const { items, partCount } = translatedPart(collection, locale, part, sitemapPartSize)
  if (part < 1 || part > partCount || (items.length === 0 && part > 1)) return undefined
  // Untraced: the part's query signature already covers what it shows of its items (their addresses).
  return withoutTrace(() => urlset(items.map((item) => itemAlternates(collection, item)), locale, site))
}

export function sitemapIndex(site: URL): string {
  const files = localeCodes.flatMap((code) => {
    const root = `/${getLocale(code).segment}/`
    // Asked as a query, so the index is rendered again when a part is added or removed.
    const parts = sitemapCollections.flatMap((collection) =>
      Array.from({ length: translatedPart(collection, code, 1, sitemapPartSize).partCount }, (_, index) => `${root}sitemaps/${partName(collection)}-${index + 1}.xml`),
    )
    return [`${root}sitemap.xml`, ...parts]
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((file) => `<sitemap><loc>${escapeXml(new URL(file, site).href)}</loc></sitemap>`).join('\n')}
</sitemapindex>
`
}
